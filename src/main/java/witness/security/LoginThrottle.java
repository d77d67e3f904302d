package witness.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Login throttling: after {@value #MAX_FAILURES} failed logins for one username within {@link #WINDOW},
 * logging in as that username is paused for {@link #PAUSE}, even with the right password. A successful
 * login forgets the failures. The failures are rows of the database ({@link LoginFailure}), not memory,
 * so the pause holds on every instance. Attempts during a pause are not counted: it ends on time.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration PAUSE = Duration.ofMinutes(15);
    /** Failures older than this decide nothing any more. */
    static final Duration KEPT = WINDOW.plus(PAUSE);

    private LoginThrottle() {
    }

    /** Until when logging in as the username is paused, if it is now. Runs in a transaction. */
    static Optional<Instant> pausedUntil(String username, Instant now) {
        return pausedUntil(LoginFailure.since(username, now.minus(KEPT)), now);
    }

    /** Records a failed login. Runs in a transaction. */
    static void failed(String username, Instant now) {
        LoginFailure.delete("failedAt < ?1", now.minus(KEPT));
        LoginFailure failure = new LoginFailure();
        failure.username = username;
        failure.failedAt = now;
        failure.persist();
    }

    /** Forgets the username's failures after a successful login. Runs in a transaction. */
    static void succeeded(String username) {
        LoginFailure.delete("username", username);
    }

    /**
     * The end of the latest pause still running: each run of {@value #MAX_FAILURES} failures within
     * {@link #WINDOW} pauses logins for {@link #PAUSE} from its last failure.
     *
     * @param failures the username's failures, oldest first
     */
    static Optional<Instant> pausedUntil(List<Instant> failures, Instant now) {
        Instant until = null;
        for (int last = MAX_FAILURES - 1; last < failures.size(); last++) {
            Instant first = failures.get(last - MAX_FAILURES + 1);
            if (Duration.between(first, failures.get(last)).compareTo(WINDOW) <= 0) {
                Instant end = failures.get(last).plus(PAUSE);
                if (end.isAfter(now) && (until == null || end.isAfter(until))) {
                    until = end;
                }
            }
        }
        return Optional.ofNullable(until);
    }
}
