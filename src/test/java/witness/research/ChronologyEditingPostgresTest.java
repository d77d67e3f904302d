package witness.research;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL: chronology events and the scenes that cover them. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class ChronologyEditingPostgresTest extends ChronologyEditingTest {
}
