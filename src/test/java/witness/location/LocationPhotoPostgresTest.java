package witness.location;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL: photos in bytea, as release forms are. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class LocationPhotoPostgresTest extends LocationPhotoTest {
}
