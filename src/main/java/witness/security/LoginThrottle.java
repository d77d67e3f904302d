package witness.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Login throttling: after {@value #MAX_FAILURES} failed logins for one username within {@link #WINDOW},
 * logging in as that username is paused for {@link #PAUSE}, even with the right password. A successful
 * login forgets the failures. The failures are rows of the database ({@link LoginFailure}), not memory,
 * so the pause holds on every instance. Attempts during a pause are not counted: it ends on time.
 * <p>
 * An attempt is counted as a failure <em>before</em> its password is checked, and a successful check forgets it:
 * the decision and the count are made under a lock of the username's row of {@code login_lock}
 * ({@code select ... for update}, on H2 and PostgreSQL alike), so that of any number of attempts arriving at once,
 * on one instance or several sharing the database, no more than {@value #MAX_FAILURES} are checked in a window.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration PAUSE = Duration.ofMinutes(15);
    /** Failures older than this decide nothing any more. */
    static final Duration KEPT = WINDOW.plus(PAUSE);

    private LoginThrottle() {
    }

    /** The rows of login_lock (migration V12): a username takes the one of its slot. */
    static final int SLOTS = 64;

    /**
     * Decides whether the username may be checked now and, if so, counts the attempt as a failure until a successful
     * check forgets it: in a transaction of its own, committed before the password is checked, under the lock of the
     * username's slot. Empty when the attempt may go on, else the end of the pause.
     */
    static Optional<Instant> attempt(String username, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LoginFailure.getEntityManager()
                    .createNativeQuery("select slot from login_lock where slot = ?1 for update")
                    .setParameter(1, Math.floorMod(username.hashCode(), SLOTS)).getResultList();
            Optional<Instant> paused = pausedUntil(username, now);
            if (paused.isEmpty()) {
                failed(username, now);
            }
            return paused;
        });
    }

    /** Ends the username's pause, if any: a producer lifts it on the users page. Runs in a transaction. */
    static void lift(String username) {
        succeeded(username);
    }

    /** The users (of witness_user) whose logins are paused now, with the end of each pause, in one query. */
    static Map<String, Instant> pausedUsers(Instant now) {
        Map<String, List<Instant>> failures = new TreeMap<>();
        LoginFailure.<LoginFailure>list("failedAt > ?1 and username in (select u.username from WitnessUser u)"
                + " order by username, failedAt", now.minus(KEPT))
                .forEach(f -> failures.computeIfAbsent(f.username, u -> new ArrayList<>()).add(f.failedAt));
        Map<String, Instant> paused = new TreeMap<>();
        failures.forEach((username, times) -> pausedUntil(times, now).ifPresent(until -> paused.put(username, until)));
        return paused;
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
