package witness.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * An app of its own for the tests that empty its database, restore a backup into it or count its producers, away
 * from the Serge database every other H2 test shares; the benchmark's static folder is switched on in it too. One
 * profile for all of them, so that Quarkus starts once for them. Their classes carry the tag "own-installation":
 * the full run tests them in its second JVM (AppsOfTheirOwnIT, docs/testing.md).
 */
public class OwnInstallation implements QuarkusTestProfile {
    /** The folder served under /benchmark-static/ in this app. */
    public static final String BENCHMARK_STATIC = "target/benchmark-static-test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:own-installation;DB_CLOSE_DELAY=-1",
                "witness.benchmark.static-dir", BENCHMARK_STATIC);
    }
}
