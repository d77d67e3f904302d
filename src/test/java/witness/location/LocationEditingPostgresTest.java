package witness.location;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL: locations edited, validated and deleted. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class LocationEditingPostgresTest extends LocationEditingTest {
}
