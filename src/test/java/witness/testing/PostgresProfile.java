package witness.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The same app on the PostgreSQL server of the machine, database 'test' (or the one named by
 * WITNESS_TEST_PG_DATABASE, so that two test runs on one machine need not share it), emptied at start.
 */
public class PostgresProfile implements QuarkusTestProfile {
    static final String DATABASE = System.getenv().getOrDefault("WITNESS_TEST_PG_DATABASE", "test");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + RequiresPostgres.HOST + ":"
                        + RequiresPostgres.PORT + "/" + DATABASE,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true");
    }
}
