package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V24 on a database holding shoot days with free-text crew, as V23 left them: a line naming one person of
 * the day's film calls them, the other lines are kept in the day's notes, and the crew column is gone. On H2 here;
 * on PostgreSQL by {@link CrewToCallsMigrationPostgresTest}.
 */
class CrewToCallsMigrationTest {

    String url() {
        return "jdbc:h2:mem:crew-to-calls;DB_CLOSE_DELAY=-1";
    }

    String user() {
        return "sa";
    }

    Flyway flyway(String target) {
        return Flyway.configure().dataSource(url(), user(), "").locations("classpath:db/migration",
                "classpath:witness/schedule").target(target).cleanDisabled(false).load();
    }

    @Test
    void theCrewOfEachDayBecomesCallsOfThePeopleItNamesAndNotesOfTheRest() throws SQLException {
        Flyway flyway = flyway("23");
        flyway.clean();
        flyway.migrate();
        try (Connection db = DriverManager.getConnection(url(), user(), ""); Statement sql = db.createStatement()) {
            sql.execute("insert into film (id, slug, title, version) values (1, 'serge', 'Serge', 0), (2, 'other',"
                    + " 'Other', 0)");
            sql.execute("insert into person (id, film_id, person_key, name, other_names, relation, role, version)"
                    + " values (10, 1, 'vlady', 'Vlady Kibalchich', 'Vladimir Kibalchich', 'son', 'INTERVIEWEE', 0),"
                    + " (11, 1, 'ana', 'Ana Camargo', null, 'camera', 'CREW', 0),"
                    + " (12, 2, 'ana-elsewhere', 'Ana Camargo', null, 'camera', 'CREW', 0)");
            sql.execute("insert into schedule (id, film_id, schedule_key, name, version) values (20, 1, 'mexico',"
                    + " 'Mexico', 0), (21, 2, 'other', 'Other', 0)");
            sql.execute("insert into shoot_day (id, schedule_id, shoot_date, crew, notes, version) values"
                    + " (30, 20, date '1990-03-05', 'Director\nana camargo\nVladimir Kibalchich', 'Release form.', 0),"
                    + " (31, 20, date '1990-03-06', 'Ana Camargo', null, 0),"
                    + " (32, 20, date '1990-03-07', null, 'As planned.', 0),"
                    + " (33, 21, date '1990-03-05', 'Sound', null, 0),"
                    + " (34, 20, date '1990-03-08', 'Director', '" + "n".repeat(4000) + "', 0)");
            sql.execute("insert into revision (id, revision_time, username) values (1, current_timestamp, 'admin')");
            sql.execute("insert into shoot_day_aud (id, rev, revtype, schedule_id, shoot_date, crew, notes) values"
                    + " (35, 1, 0, 20, date '1990-03-09', 'Director\nCamera', 'A day deleted since.')");
        }

        flyway("latest").migrate();

        try (Connection db = DriverManager.getConnection(url(), user(), ""); Statement sql = db.createStatement()) {
            assertThat(rows(sql, "select shoot_day_id, person_id, call_time from shoot_day_call order by"
                    + " shoot_day_id, person_id")).containsExactly("30 10 null", "30 11 null", "31 11 null");
            assertThat(rows(sql, "select id, notes from shoot_day order by id")).containsExactly(
                    "30 Release form.\nCrew as written before calls: Director.", "31 null", "32 As planned.",
                    "33 Crew as written before calls: Sound.",
                    "34 " + "n".repeat(4000) + "\nCrew as written before calls: Director.");
            assertThat(rows(sql, "select notes from shoot_day_aud where id = 35")).as("the history keeps its crew")
                    .containsExactly("A day deleted since.\nCrew as written before calls: Director, Camera.");
            assertThat(rows(sql, "select count(*) from information_schema.columns where lower(table_name) in"
                    + " ('shoot_day', 'shoot_day_aud') and lower(column_name) = 'crew'")).containsExactly("0");
            // ids from the sequence: Hibernate's next ones are above them
            assertThat(rows(sql, "select count(distinct id) from shoot_day_call")).containsExactly("3");
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = sql.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }
}
