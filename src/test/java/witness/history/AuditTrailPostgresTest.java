package witness.history;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class AuditTrailPostgresTest extends AuditTrailTest {
}
