package witness.source;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL: Zotero imports and duplicate checks. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class SourceImportConfirmPostgresTest extends SourceImportConfirmTest {
}
