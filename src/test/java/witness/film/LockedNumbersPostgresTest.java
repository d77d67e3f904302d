package witness.film;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class LockedNumbersPostgresTest extends LockedNumbersTest {
}
