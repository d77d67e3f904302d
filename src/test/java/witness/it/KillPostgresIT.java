package witness.it;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import witness.testing.RequiresPostgres;

/** No lost writes on PostgreSQL: the same SIGKILL in the middle of a stream of writes as KillIT. */
@PackagedApp
@RequiresPostgres
class KillPostgresIT {
    static final String DATABASE = "witness_it_kill";

    @TempDir
    Path work;

    @Test
    void everyWriteAcknowledgedBeforeASigkillIsThereAfterTheRestart() throws Exception {
        PostgresDatabase.recreate(DATABASE);
        KillIT.run("PostgreSQL", AppProcess.POSTGRES_JAR, work.resolve("data"), PostgresDatabase.env(DATABASE));
    }
}
