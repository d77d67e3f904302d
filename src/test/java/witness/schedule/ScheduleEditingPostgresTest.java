package witness.schedule;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;

/** The same tests against PostgreSQL: schedules, shoot days and moves on the stripboard. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class ScheduleEditingPostgresTest extends ScheduleEditingTest {
}
