package witness.backup;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The app on an in-memory database of its own, which the backup tests empty and restore into. */
public class BackupProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:backups;DB_CLOSE_DELAY=-1");
    }
}
