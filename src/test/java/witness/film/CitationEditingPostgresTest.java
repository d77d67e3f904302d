package witness.film;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL: citations and their footnotes. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class CitationEditingPostgresTest extends CitationEditingTest {
}
