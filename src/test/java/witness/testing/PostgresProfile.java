package witness.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The same app on the PostgreSQL server of the machine, database 'test', emptied at start. */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + RequiresPostgres.HOST + ":"
                        + RequiresPostgres.PORT + "/test",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true");
    }
}
