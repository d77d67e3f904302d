package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.film.Shot;
import witness.person.CrewRole;
import witness.person.Person;
import witness.person.PersonContact;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

/** A shoot day's call sheet, as a page and as PDF read back with PDFBox. */
@QuarkusTest
class CallSheetTest {
    private static final String SHEET = "/films/{slug}/schedules/mexico-shoot/days/{date}/call-sheet";
    private static final String PHONE = "+52 55 5554 CALLSHEET";
    private static final String EMAIL = "vlady-callsheet@example.invalid";
    private static String contacts;

    /** A copy of the film where Vlady has a phone and an e-mail address. */
    static synchronized String filmWithContacts() {
        if (contacts == null) {
            String slug = FilmCopies.ofSerge("call-sheet");
            QuarkusTransaction.requiringNew().run(() -> {
                PersonContact contact = new PersonContact();
                contact.person = Person.find("film.slug = ?1 and key = ?2", slug, "vlady").firstResult();
                contact.phone = PHONE;
                contact.email = EMAIL;
                contact.persist();
            });
            contacts = slug;
        }
        return contacts;
    }

    static Document page(String slug, String date) {
        return page(given(), slug, date);
    }

    static Document page(RequestSpecification as, String slug, String date) {
        return Jsoup.parse(given(as).get(SHEET, slug, date).then().statusCode(200).contentType("text/html")
                .extract().asString());
    }

    static String pdfText(String slug, String date) throws Exception {
        return pdfText(given(), slug, date);
    }

    static String pdfText(RequestSpecification as, String slug, String date) throws Exception {
        byte[] pdf = given(as).get(SHEET + ".pdf", slug, date).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-mexico-shoot-" + date
                        + "-call-sheet.pdf\"")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<String> shots(String date) {
        return ScheduleDays.read(() -> ScheduleDays.find(SergeFilm.SLUG, "mexico-shoot", date).shots.stream()
                .map(Shot::number).toList());
    }

    @Test
    void thePageHasTheDayWhereWhoAndWhat() {
        Document page = page(SergeFilm.SLUG, "1990-03-05");

        assertThat(page.title()).contains("Monday 5 March 1990", "Mexico shoot", "Victor Serge");
        assertThat(page.select(".date").text()).isEqualTo("Monday 5 March 1990");
        assertThat(page.select(".call").text()).isEqualTo("08:30");
        assertThat(page.select(".wrap").text()).isEqualTo("18:00");
        assertThat(page.select(".zone").text()).isEqualTo("(local time, America/Mexico_City, UTC\u221206:00)");
        assertThat(page.select(".place").text()).isEqualTo("Mexico City");
        assertThat(page.select(".country").text()).isEqualTo("Mexico");
        assertThat(page.select(".coordinates").text()).isEqualTo("19.4326, -99.1332");
        assertThat(page.select(".travel").text()).isEqualTo("Crew flies London–Mexico City on Sunday 4 March.");
        assertThat(page.select("tr.called").eachText()).containsExactly("Vlady Kibalchich interviewee 09:30");
        assertThat(page.select(".interviewees")).as("everyone interviewed is called").isEmpty();
        assertThat(page.select("tr.slot").first().text()).isEqualTo("08:30 Interview: Vlady Kibalchich 120 min");
        assertThat(page.select("tr.slot td.start").eachText()).startsWith("08:30", "10:30", "11:00");
        assertThat(page.select("tr.interview td").eachText()).startsWith("Vlady Kibalchich", "French")
                .anyMatch(t -> t.startsWith("French–English interpreter"));
        assertThat(page.select("tr.shot td.number").eachText()).containsExactlyElementsOf(shots("1990-03-05"))
                .isNotEmpty();
        assertThat(page.select(".notes").last().text()).startsWith("Interview with Vlady, first session");
        assertThat(page.select("a[href$=call-sheet.pdf]").attr("href"))
                .isEqualTo("/films/victor-serge/schedules/mexico-shoot/days/1990-03-05/call-sheet.pdf");
        assertThat(page.select("style").html()).contains("@page", "@media print");
    }

    @Test
    void theSheetSaysWhichDayItIsAndWhereTheSunIsThereAndWhatToDoIfSomeoneIsHurt() {
        Document page = page(SergeFilm.SLUG, "1990-03-05");
        assertThat(page.select(".day-of-days").text()).matches("Day 1 of \\d+");
        // Mexico City, 5 March 1990, UTC−6: sunrise about 07:00, sunset about 18:50
        assertThat(page.select(".sunrise").text()).matches("0(6:[3-5]\\d|7:[0-2]\\d)");
        assertThat(page.select(".sunset").text()).matches("18:[3-5]\\d|19:0\\d");
        assertThat(page.select(".golden").text()).matches("\\d\\d:\\d\\d–\\d\\d:\\d\\d and \\d\\d:\\d\\d–\\d\\d:\\d\\d")
                .startsWith(page.select(".sunrise").text()).endsWith(page.select(".sunset").text());
        assertThat(page.select("a.geo").attr("href")).isEqualTo("geo:19.4326,-99.1332");
        assertThat(page.select("a.osm").attr("href"))
                .isEqualTo("https://www.openstreetmap.org/?mlat=19.4326&mlon=-99.1332#map=16/19.4326/-99.1332");
        assertThat(page.select(".hospital").text()).isEqualTo("not recorded: add it to the location");

        Document later = page(SergeFilm.SLUG, "1990-03-09");
        assertThat(later.select(".day-of-days").text()).isNotEqualTo(page.select(".day-of-days").text());
    }

    @Test
    void theSheetIsHeadedByTheProductionItsDirectorAndProducerWithPhonesForProducersOnly() {
        String slug = FilmCopies.ofSerge("call-sheet-leads");
        given().contentType("application/json").body(Map.of("name", "Ruth Lowe", "relation", "director of the film",
                "role", "crew", "crewRole", "director", "contact", Map.of("phone", "+44 20 7946 0001")))
                .post("/api/films/{slug}/people", slug).then().statusCode(201);
        given().contentType("application/json").body(Map.of("name", "Tom Ashworth", "relation", "producer of the"
                + " film", "role", "crew", "crewRole", "producer")).post("/api/films/{slug}/people", slug).then()
                .statusCode(201);

        Document producers = page(slug, "1990-03-05");
        assertThat(producers.select(".production .lead").eachText()).containsExactly(
                "Director: Ruth Lowe +44 20 7946 0001", "Producer: Tom Ashworth");
        Document directors = page(As.director(), slug, "1990-03-05");
        assertThat(directors.select(".production .lead").eachText()).containsExactly("Director: Ruth Lowe",
                "Producer: Tom Ashworth");
        assertThat(directors.html()).doesNotContain("7946");
    }

    @Test
    void theLocationsParkingAndNearestHospitalArePrintedOnTheSheetAndItsPdf() throws Exception {
        String slug = FilmCopies.ofSerge("call-sheet-hospital");
        String location = "/api/films/" + slug + "/locations/mexico-city";
        Map<String, Object> fields = given().get(location).then().statusCode(200).extract().jsonPath().getMap("");
        fields.put("parking", "Calle Viena, behind the church");
        fields.put("hospital", "Hospital Español, Ejército Nacional 613, +52 55 5255 9600");
        given().contentType("application/json").body(fields).put(location).then().statusCode(200);

        Document page = page(slug, "1990-03-05");
        assertThat(page.select(".parking").text()).isEqualTo("Calle Viena, behind the church");
        assertThat(page.select(".hospital").text()).isEqualTo("Hospital Español, Ejército Nacional 613, +52 55 5255 9600");
        assertThat(pdfText(slug, "1990-03-05")).contains("Nearest hospital", "Hospital Español", "Calle Viena",
                "Sunrise", page.select(".sunrise").text());
    }

    @Test
    void thePdfHoldsTheDateCallTimeLocationIntervieweeShotsAndAccents() throws Exception {
        String text = pdfText(SergeFilm.SLUG, "1990-03-05");
        assertThat(text).contains("Victor Serge", "Mexico shoot", "Monday 5 March 1990", "08:30", "Mexico City",
                "19.4326, -99.1332", "Vlady Kibalchich", "French–English interpreter", "Mexican fixer");
        assertThat(shots("1990-03-05")).isNotEmpty().allSatisfy(n -> assertThat(text).contains(n + " "));
        assertThat(text).doesNotContain("Download PDF");

        String coyoacan = pdfText(SergeFilm.SLUG, "1990-03-09");
        assertThat(coyoacan).contains("Friday 9 March 1990", "07:30", "The house in Coyoacán",
                "Mexico City–Uruapan");
    }

    private static void noContactDetailsFor(RequestSpecification as) throws Exception {
        String slug = filmWithContacts();
        Document page = page(as, slug, "1990-03-05");
        assertThat(page.select("tr.interview td").eachText()).contains("Vlady Kibalchich");
        assertThat(page.html()).doesNotContain(PHONE, EMAIL, "CALLSHEET");
        assertThat(page.select(".contact")).isEmpty();
        assertThat(pdfText(as, slug, "1990-03-05")).contains("Vlady Kibalchich").doesNotContain("CALLSHEET", EMAIL);
    }

    @Test
    void viewersGetNoContactDetails() throws Exception {
        noContactDetailsFor(As.viewer());
    }

    @Test
    void researchersGetNoContactDetails() throws Exception {
        noContactDetailsFor(As.researcher());
    }

    @Test
    void directorsGetNoContactDetails() throws Exception {
        noContactDetailsFor(As.director());
    }

    @Test
    void anonymousReadersAreSentToLogIn() {
        given(As.anonymous()).redirects().follow(false).get(SHEET, filmWithContacts(), "1990-03-05").then()
                .statusCode(302).header("Location", org.hamcrest.Matchers.endsWith("/login"));
    }

    @Test
    @TestSecurity(user = "producer", roles = "producer")
    void producersGetTheIntervieweesPhoneAndEmail() throws Exception {
        String slug = filmWithContacts();
        Document page = page(slug, "1990-03-05");
        assertThat(page.select("tr.interview .phone").text()).isEqualTo(PHONE);
        assertThat(page.select("tr.interview .email").text()).isEqualTo(EMAIL);
        // a long address may wrap in its cell: compare without the spaces line breaks become
        assertThat(pdfText(slug, "1990-03-05").replace(" ", "")).contains(PHONE.replace(" ", ""), EMAIL);

        // Jeannine has no contact recorded: the sheet says so rather than leaving a blank
        Document twoInterviews = page(slug, "1990-03-07");
        assertThat(twoInterviews.select("tr.interview .contact").eachText()).contains("no contact recorded");
    }

    @Test
    void notesAndCallsAreTextNotMarkup() throws Exception {
        String slug = FilmCopies.ofSerge("call-sheet-script");
        ScheduleDays.crew(slug, "grip", "Grip <i>two</i>", CrewRole.ASSISTANT);
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-06", day -> {
            day.notes = "<script>alert('x')</script> & bring <b>spares</b>";
            ScheduleDays.call(day, "grip", "07:00");
        });

        Document page = page(slug, "1990-03-06");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("b, i")).isEmpty();
        assertThat(page.select(".notes").last().text()).isEqualTo("<script>alert('x')</script> & bring <b>spares</b>");
        assertThat(page.select("tr.called .who").eachText()).contains("Grip <i>two</i>");
        assertThat(pdfText(slug, "1990-03-06")).contains("<script>alert('x')</script> & bring <b>spares</b>");
    }

    @Test
    void theLocationsAddressIsPrintedWhenItIsKnown() throws Exception {
        String slug = FilmCopies.ofSerge("call-sheet-address");
        assertThat(page(slug, "1990-03-06").select("td.address").text()).isEqualTo("not recorded yet");
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-06",
                day -> day.location.address = "Calle Rio Balsas 1, Colonia Cuauhtémoc");

        assertThat(page(slug, "1990-03-06").select("td.address").text())
                .isEqualTo("Calle Rio Balsas 1, Colonia Cuauhtémoc");
        assertThat(pdfText(slug, "1990-03-06")).contains("Calle Rio Balsas 1, Colonia Cuauhtémoc");
    }

    @Test
    void aProducersSheetOfADayOfTheSergeShootWithItsCallsFitsOnePage() throws Exception {
        String slug = FilmCopies.ofSerge("call-sheet-one-page");
        ScheduleDays.crew(slug, "ana-camargo", "Ana Camargo", CrewRole.CAMERA);
        ScheduleDays.crew(slug, "luis-ortega", "Luis Ortega", CrewRole.SOUND);
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-05", day -> {
            ScheduleDays.call(day, "ana-camargo", "07:00").notes = "Brings the Arri SR and the Zeiss primes";
            ScheduleDays.call(day, "luis-ortega", "07:30");
        });
        byte[] pdf = given().get(SHEET + ".pdf", slug, "1990-03-05").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            assertThat(document.getNumberOfPages()).as(stripper.getText(document)).isEqualTo(1);
        }
    }

    @Test
    void aDayWithoutCallTimeOrLocationStillPrints() throws Exception {
        String slug = FilmCopies.ofSerge("call-sheet-bare");
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-06", day -> {
            day.callTime = null;
            day.wrapTime = null;
            day.location = null;
            day.shots.clear();
        });
        Document page = page(slug, "1990-03-06");
        assertThat(page.select(".when").text()).contains("Tuesday 6 March 1990", "Call time to be confirmed");
        assertThat(page.text()).contains("No location chosen yet.", "No shots planned for this day.");
        assertThat(pdfText(slug, "1990-03-06")).contains("Call time to be confirmed");
    }

    @Test
    void unknownSchedulesAndDatesAre404() {
        given().get(SHEET, SergeFilm.SLUG, "1990-03-04").then().statusCode(404);
        given().get(SHEET + ".pdf", SergeFilm.SLUG, "1990-03-04").then().statusCode(404);
        given().get(SHEET, SergeFilm.SLUG, "5-march-1990").then().statusCode(404);
        given().get("/films/victor-serge/schedules/no-such-shoot/days/1990-03-05/call-sheet").then().statusCode(404);
        given().get("/films/no-such-film/schedules/mexico-shoot/days/1990-03-05/call-sheet.pdf").then()
                .statusCode(404);
        // a date of the other schedule is not a day of this one
        given().get(SHEET, SergeFilm.SLUG, "1990-05-14").then().statusCode(404);
    }
}
