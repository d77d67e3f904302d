package witness.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** When failed logins pause logging in, and when the pause ends: the rule without the database. */
class LoginThrottleTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    private static List<Instant> minutes(int... minutes) {
        return IntStream.of(minutes).mapToObj(m -> T.plusSeconds(60L * m)).toList();
    }

    @Test
    void fourFailuresPauseNothing() {
        assertThat(LoginThrottle.pausedUntil(minutes(0, 1, 2, 3), T.plusSeconds(240))).isEmpty();
    }

    @Test
    void theFifthFailureWithinFifteenMinutesPausesForFifteenMinutesFromIt() {
        List<Instant> failures = minutes(0, 1, 2, 3, 14);
        assertThat(LoginThrottle.pausedUntil(failures, T.plusSeconds(60 * 14))).contains(T.plusSeconds(60 * 29));
        assertThat(LoginThrottle.pausedUntil(failures, T.plusSeconds(60 * 28 + 59))).contains(T.plusSeconds(60 * 29));
        assertThat(LoginThrottle.pausedUntil(failures, T.plusSeconds(60 * 29))).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesPauseNothing() {
        assertThat(LoginThrottle.pausedUntil(minutes(0, 4, 8, 12, 16), T.plusSeconds(60 * 16))).isEmpty();
    }

    @Test
    void theLatestRunOfFiveDecides() {
        List<Instant> failures = minutes(0, 4, 8, 12, 16, 17);
        assertThat(LoginThrottle.pausedUntil(failures, T.plusSeconds(60 * 17))).contains(T.plusSeconds(60 * 32));
    }

    @Test
    void afterAPauseFiveNewFailuresAreNeededAgain() {
        List<Instant> failures = minutes(0, 0, 0, 0, 0, 16, 17, 18, 19);
        assertThat(LoginThrottle.pausedUntil(failures, T.plusSeconds(60 * 19))).isEmpty();
    }
}
