package witness.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No lost writes on the embedded H2 database: the app is killed (SIGKILL) in the middle of a stream of writes,
 * and on restart every write it had acknowledged with a 2xx is there, with its values.
 */
@PackagedApp
class KillIT {
    static final String PASSWORD = "kill-test-password";
    static final int WRITERS = 4;
    static final int ACKNOWLEDGED_BEFORE_THE_KILL = 100;

    @TempDir
    Path work;

    @Test
    void everyWriteAcknowledgedBeforeASigkillIsThereAfterTheRestart() throws Exception {
        run("H2 file", AppProcess.JAR, work.resolve("data"), Map.of());
    }

    /** Starts the app, writes, kills it, starts it again on the same database and checks. */
    static void run(String what, Path jar, Path data, Map<String, String> database) throws Exception {
        Map<String, String> env = new HashMap<>(database);
        env.put("WITNESS_ADMIN_PASSWORD", PASSWORD);
        env.put("WITNESS_DOSSIER_DIR", Path.of("").toAbsolutePath().toString());
        ShotWriters.Outcome outcome;
        try (AppProcess app = AppProcess.start(jar, data, env, AppProcess.QUICK_START)) {
            ShotWriters writers = ShotWriters.start(Session.logIn(app, "admin", PASSWORD), WRITERS);
            writers.awaitAcknowledged(ACKNOWLEDGED_BEFORE_THE_KILL, 60_000);
            app.kill();
            outcome = writers.finish();
        }
        assertThat(outcome.refused()).as("writes refused before the kill").isEmpty();
        assertThat(outcome.acknowledged()).as("writes acknowledged before the kill").isNotEmpty();
        assertThat(outcome.inFlight()).as("writes in flight: the kill came in the middle of the stream").isNotEmpty();

        try (AppProcess app = AppProcess.start(jar, data, env, AppProcess.QUICK_START)) {
            ShotWriters.Check check = ShotWriters.check(Session.logIn(app, "admin", PASSWORD), outcome);
            System.out.printf("KillIT (%s): %d writes acknowledged in %.1f s (%.0f/s), %d in flight at the kill"
                    + " (%d of them committed), %d lost%n", what, outcome.acknowledged().size(), outcome.seconds(),
                    outcome.perSecond(), outcome.inFlight().size(), check.inFlightCommitted(), check.lost().size());
            assertThat(check.lost()).as("acknowledged writes lost or changed by the kill").isEmpty();
        }
    }
}
