package witness.schedule;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL: the calendar_feed table, its constraints and the feeds read from it. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class CalendarFeedPostgresTest extends CalendarFeedTest {
}
