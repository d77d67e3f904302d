package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.testing.SergeFilm;

/** The Mexico shoot's day-out-of-days as a page, a CSV and a PDF, each read back. */
@QuarkusTest
class DayOutOfDaysPageTest {
    static final String PAGE = "/films/" + SergeFilm.SLUG + "/schedules/mexico-shoot/day-out-of-days";

    @Test
    void vladyIsCodedOnTheDaysOfHisInterviewsAndMexicoCityOnItsDays() {
        Document page = Jsoup.parse(given().get(PAGE).then().statusCode(200).extract().asString());
        int days = ScheduleDays.read(() -> (int) ShootDay.count("schedule.film.slug = ?1 and schedule.key = ?2",
                SergeFilm.SLUG, "mexico-shoot"));
        assertThat(page.select("table.people thead th.day")).hasSize(days);
        Element vlady = page.select("table.people tr.row").stream()
                .filter(r -> r.select("th.name").text().equals("Vlady Kibalchich")).findFirst().orElseThrow();
        List<String> codes = vlady.select("td.code").stream().map(Element::text).toList();
        assertThat(codes).hasSize(days).anyMatch(c -> c.equals("SW") || c.equals("SWF"));
        long worked = codes.stream().filter(c -> c.startsWith("S") || c.startsWith("W")).count();
        assertThat(vlady.select("td.work").text()).isEqualTo(String.valueOf(worked));
        assertThat(page.select("table.locations th.name").eachText()).contains("Mexico City");
    }

    @Test
    void aCameraOperatorCalledOnTheFirstAndThirdDaysStartsHoldsAndFinishes() {
        String slug = witness.testing.FilmCopies.ofSerge("dood-calls");
        ScheduleDays.crew(slug, "ana-camargo", "Ana Camargo", witness.person.CrewRole.CAMERA);
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-05", day -> ScheduleDays.call(day, "ana-camargo", "07:00"));
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-07", day -> ScheduleDays.call(day, "ana-camargo", null));
        Document page = witness.testing.Pages.get("/films/{slug}/schedules/mexico-shoot/day-out-of-days", slug);
        Element ana = page.select("table.people tr.row").stream()
                .filter(r -> r.select("th.name").text().equals("Ana Camargo (camera)")).findFirst().orElseThrow();
        assertThat(ana.select("td.code").stream().map(Element::text).toList()).startsWith("SW", "H", "WF");
        assertThat(ana.select("td.work").text()).isEqualTo("2");
        assertThat(ana.select("td.hold").text()).isEqualTo("1");
    }

    @Test
    void theCsvAndThePdfHoldTheSameCodes() throws Exception {
        String csv = given().get(PAGE + ".csv").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("mexico-shoot-day-out-of-days.csv"))
                .extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        CSVRecord vlady = records.stream().filter(r -> r.get("name").equals("Vlady Kibalchich")).findFirst()
                .orElseThrow();
        assertThat(vlady.get("kind")).isEqualTo("interviewee");
        assertThat(vlady.get("1990-03-05")).isIn("SW", "SWF");
        assertThat(records).anyMatch(r -> r.get("kind").equals("location") && r.get("name").equals("Mexico City"));

        byte[] pdf = given().get(PAGE + ".pdf").then().statusCode(200).contentType("application/pdf").extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Day-out-of-days", "Vlady Kibalchich",
                    "Mexico City", vlady.get("1990-03-05"));
        }
    }

    @Test
    void theSchedulePageLinksIt() {
        Document schedule = Jsoup.parse(given().get("/films/" + SergeFilm.SLUG + "/schedules/mexico-shoot").then()
                .statusCode(200).extract().asString());
        assertThat(schedule.select("p.exports a[href$=/day-out-of-days]")).hasSize(1);
    }

    @Test
    void aScheduleTheFilmLacksIsNotFound() {
        given().get("/films/" + SergeFilm.SLUG + "/schedules/no-such/day-out-of-days").then().statusCode(404);
    }
}
