package witness.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same searches against PostgreSQL, whose translate() and like must fold as H2's do. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class SearchPostgresTest extends SearchTest {
}
