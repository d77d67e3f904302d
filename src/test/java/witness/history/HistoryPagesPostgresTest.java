package witness.history;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
@TestSecurity(user = "vlady-producer", roles = "producer")
class HistoryPagesPostgresTest extends HistoryPagesTest {
}
