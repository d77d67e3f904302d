package witness.schedule;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL: the conflict checks' queries. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class ConflictPagesPostgresTest extends ConflictPagesTest {
}
