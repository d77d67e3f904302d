package witness.schedule;

import witness.testing.RequiresPostgres;

/** {@link CrewToCallsMigrationTest} on PostgreSQL, in a schema of its own that each run empties first. */
@RequiresPostgres
class CrewToCallsMigrationPostgresTest extends CrewToCallsMigrationTest {
    @Override
    String url() {
        return "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=crew_to_calls";
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    org.flywaydb.core.Flyway flyway(String target) {
        return org.flywaydb.core.Flyway.configure().dataSource(url(), user(), "").schemas("crew_to_calls")
                .locations("classpath:db/migration", "classpath:witness/schedule").target(target)
                .cleanDisabled(false).load();
    }
}
