package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import witness.film.Shot;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

/** A schedule as CSV, parsed back with Commons CSV as a spreadsheet would read it. */
@QuarkusTest
class ScheduleCsvTest {

    static String csv(String slug, String schedule) {
        byte[] bytes = given().get("/films/{slug}/schedules/{schedule}.csv", slug, schedule).then().statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-" + schedule + ".csv\"")
                .extract().asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    static List<CSVRecord> rows(String text) throws Exception {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertThat(parser.getHeaderNames()).containsExactly("date", "weekday", "location", "city", "country",
                    "call", "wrap", "called", "interviews", "shots", "travel", "notes");
            return parser.getRecords();
        }
    }

    @Test
    void oneRowPerShootDayInDateOrder() throws Exception {
        String text = csv(SergeFilm.SLUG, "mexico-shoot");
        assertThat(text).startsWith("date,weekday,location,city,country,call,wrap,called,interviews,shots,travel,notes\r\n");
        List<CSVRecord> rows = rows(text);
        int days = ScheduleDays.read(() -> (int) ShootDay.count("schedule.film.slug = ?1 and schedule.key = ?2",
                SergeFilm.SLUG, "mexico-shoot"));
        assertThat(rows).hasSize(days);
        assertThat(rows.stream().map(r -> r.get("date")).toList()).isSorted().startsWith("1990-03-05", "1990-03-06");

        CSVRecord first = rows.get(0);
        List<String> shots = ScheduleDays.read(() -> ScheduleDays.find(SergeFilm.SLUG, "mexico-shoot", "1990-03-05")
                .shots.stream().map(Shot::number).toList());
        assertThat(first.get("weekday")).isEqualTo("Monday");
        assertThat(first.get("location")).isEqualTo("Mexico City");
        assertThat(first.get("country")).isEqualTo("Mexico");
        assertThat(first.get("call")).isEqualTo("08:30");
        assertThat(first.get("wrap")).isEqualTo("18:00");
        assertThat(first.get("called")).isEqualTo("Vlady Kibalchich 09:30");
        assertThat(first.get("interviews")).isEqualTo("Vlady Kibalchich");
        assertThat(first.get("shots")).isEqualTo(String.join("; ", shots));
        assertThat(first.get("travel")).isEqualTo("Crew flies London–Mexico City on Sunday 4 March.");
        assertThat(rows.get(4).get("notes")).isEqualTo("The house in Coyoacán, morning only; access to arrange."
                + " Crew: Director, Camera, Sound, Mexican fixer.");
    }

    @Test
    void commasQuotesAndLineBreaksInNotesComeBackAsWritten() throws Exception {
        String slug = FilmCopies.ofSerge("schedule-csv");
        String notes = "Bring \"the\" stills, the 1947 map;\nand <b>spare</b> batteries";
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-06", day -> {
            day.notes = notes;
            day.callTime = null;
        });

        CSVRecord row = rows(csv(slug, "mexico-shoot")).get(1);
        assertThat(row.get("date")).isEqualTo("1990-03-06");
        assertThat(row.get("notes")).isEqualTo(notes);
        assertThat(row.get("call")).isEmpty();
    }

    @Test
    void anUnknownScheduleIs404() {
        given().get("/films/victor-serge/schedules/no-such-shoot.csv").then().statusCode(404);
    }
}
