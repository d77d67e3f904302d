package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.person.CrewRole;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/**
 * A producer calls crew and interviewees on a shoot day from its page, each at their own time with notes; the
 * schedule, the call sheet and the spreadsheet list them. Someone called twice, a call after the wrap, a wrap moved
 * before someone's call and a person the film lacks are refused beside the field, and nothing changes.
 */
@QuarkusTest
class ShootDayCallsTest {
    @Inject Flyway flyway;
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private static String dayPath(String slug, String date) {
        long id = ScheduleDays.read(() -> ScheduleDays.find(slug, "mexico-shoot", date).id);
        return "/films/" + slug + "/schedules/mexico-shoot/days/" + id;
    }

    private static io.restassured.response.Response post(String path, Map<String, String> form) {
        return given().contentType(FORM).formParams(form).redirects().follow(false).post(path);
    }

    @Test
    void aProducerCallsTheCameraEarlyAndTheSheetAndScheduleListEveryoneInCallOrder() throws Exception {
        String slug = FilmCopies.ofSerge("calls");
        ScheduleDays.crew(slug, "ana-camargo", "Ana Camargo", CrewRole.CAMERA);
        String day = dayPath(slug, "1990-03-05");

        Document page = Pages.get(day);
        assertThat(page.select("#new-call-person optgroup[label=Crew] option").eachAttr("value"))
                .containsExactly("ana-camargo");
        assertThat(page.select("tr.call th a").eachText()).containsExactly("Vlady Kibalchich");

        post(day + "/calls", Map.of("person", "ana-camargo", "call", "7:00", "notes", "Brings the Arri SR"))
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(day + "#calls"));

        page = Pages.get(day);
        assertThat(page.select("tr.call th a").eachText()).containsExactly("Ana Camargo", "Vlady Kibalchich");
        assertThat(page.select("#call-ana-camargo-call").val()).isEqualTo("07:00");
        assertThat(page.select("#new-call-person option[value=ana-camargo]")).isEmpty();

        Document sheet = Pages.get("/films/{slug}/schedules/mexico-shoot/days/1990-03-05/call-sheet", slug);
        assertThat(sheet.select("tr.called").eachText()).containsExactly(
                "Ana Camargo camera 07:00 Brings the Arri SR", "Vlady Kibalchich interviewee 09:30");
        assertThat(Pages.get("/films/{slug}/schedules/mexico-shoot", slug).select("#day-" + dayId(day) + " .calls")
                .text()).isEqualTo("Called: Ana Camargo 07:00, Vlady Kibalchich 09:30");
        String csv = given().get("/films/{slug}/schedules/mexico-shoot.csv", slug).then().statusCode(200).extract()
                .asString();
        assertThat(csv).contains("Ana Camargo 07:00; Vlady Kibalchich 09:30");

        // changed, then taken off
        long version = ScheduleDays.read(() -> ScheduleDays.find(slug, "mexico-shoot", "1990-03-05").calls.stream()
                .filter(c -> c.person.key.equals("ana-camargo")).findFirst().orElseThrow().version);
        post(day + "/calls/ana-camargo", Map.of("call", "", "notes", "", "version", String.valueOf(version)))
                .then().statusCode(303);
        assertThat(Pages.get(day).select("#call-ana-camargo-call").val()).isEmpty();
        assertThat(Pages.get("/films/{slug}/schedules/mexico-shoot/days/1990-03-05/call-sheet", slug)
                .select("tr.called").eachText()).containsExactly("Ana Camargo camera 08:30",
                        "Vlady Kibalchich interviewee 09:30");
        post(day + "/calls/ana-camargo/delete", Map.of("version", String.valueOf(version + 1))).then().statusCode(303);
        assertThat(Pages.get(day).select("tr.call th a").eachText()).containsExactly("Vlady Kibalchich");
    }

    @Test
    void someoneCalledTwiceACallAfterTheWrapAndAnUnknownPersonAreRefusedBesideTheField() {
        String slug = FilmCopies.ofSerge("calls-refused");
        String day = dayPath(slug, "1990-03-05");

        Document twice = Jsoup.parse(post(day + "/calls", Map.of("person", "vlady", "call", "10:00")).then()
                .statusCode(422).extract().asString());
        assertThat(twice.select("#new-call-person-error").text())
                .isEqualTo("Who: Vlady Kibalchich is already called on this day: change their call in the list");
        Document late = Jsoup.parse(post(day + "/calls", Map.of("person", "jeannine", "call", "18:30")).then()
                .statusCode(422).extract().asString());
        assertThat(late.select("#new-call-call-error").text()).isEqualTo("Call must be before the day's wrap (18:00)");
        assertThat(late.select("#new-call-call").val()).isEqualTo("18:30");
        Document unknown = Jsoup.parse(post(day + "/calls", Map.of("person", "nobody")).then().statusCode(422)
                .extract().asString());
        assertThat(unknown.select("#new-call-person-error").text())
                .isEqualTo("Who: this film has no person with the key 'nobody'");
        post(day + "/calls", Map.of("person", "jeannine", "call", "half past eight")).then().statusCode(422);
        assertThat(Pages.get(day).select("tr.call th a").eachText()).containsExactly("Vlady Kibalchich");

        // the wrap cannot move before someone's own call
        long dayVersion = ScheduleDays.read(() -> ScheduleDays.find(slug, "mexico-shoot", "1990-03-05").version);
        Document wrap = Jsoup.parse(post(day, Map.of("date", "1990-03-05", "location", "mexico-city", "call", "08:30",
                "wrap", "09:00", "version", String.valueOf(dayVersion))).then().statusCode(422).extract().asString());
        assertThat(wrap.select("#day-" + dayId(day) + "-wrap-error").text())
                .isEqualTo("Wrap: Vlady Kibalchich is called at 09:30: the wrap must be after it");
        assertThat(ScheduleDays.read(() -> ScheduleDays.find(slug, "mexico-shoot", "1990-03-05").wrapTime))
                .hasToString("18:00");
    }

    @Test
    void onlyProducersCallPeopleAndAChangeMadeMeanwhileIsRefused() {
        String slug = FilmCopies.ofSerge("calls-roles");
        String day = dayPath(slug, "1990-03-05");
        given(As.director()).contentType(FORM).formParam("person", "jeannine").redirects().follow(false)
                .post(day + "/calls").then().statusCode(403);
        given(As.researcher()).contentType(FORM).formParam("version", "0").redirects().follow(false)
                .post(day + "/calls/vlady/delete").then().statusCode(403);
        post(day + "/calls/vlady", Map.of("call", "10:00", "version", "7")).then().statusCode(409);
        post(day + "/calls/nobody", Map.of("call", "10:00", "version", "0")).then().statusCode(404);
    }

    @Test
    void theAppMigratesWithTheJavaMigrationToo() {
        assertThat(java.util.Arrays.stream(flyway.info().applied()).map(m -> m.getScript()))
                .contains("witness.schedule.V24__Shoot_day_crew_to_calls");
    }

    private static String dayId(String dayPath) {
        return dayPath.substring(dayPath.lastIndexOf('/') + 1);
    }
}
