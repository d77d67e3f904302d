package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;

/**
 * A producer publishes the Mexico shoot as numbered versions: the call sheets and the calendar say which, a call
 * sheet says when its day changed since, and two versions compare by what the crew needs to hear.
 */
@QuarkusTest
class ScheduleVersionsTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("schedule-versions");
    }

    private String schedule() {
        return "/films/" + slug + "/schedules/mexico-shoot";
    }

    private ValidatableResponse publish(io.restassured.specification.RequestSpecification as, int expected) {
        return given(as).contentType(FORM).formParam("expected", expected).redirects().follow(false)
                .post(schedule() + "/versions").then();
    }

    private Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void aPublishedVersionIsNamedOnTheCallSheetsAndTheCalendarUntilItsDayChanges() {
        String sheet = schedule() + "/days/1990-03-05/call-sheet";
        assertThat(page(sheet).select(".version").text()).isEqualTo("Not published yet");
        publish(As.producer(), 1).statusCode(303);

        assertThat(page(schedule()).select("#version-1").text()).startsWith("Version 1 published").contains("by test-producer");
        assertThat(page(sheet).select(".version").text()).startsWith("Schedule version 1, published ")
                .doesNotContain("changed");
        assertThat(given().get(schedule() + ".ics").then().statusCode(200).extract().asString()
                .replace("\r\n ", "")).contains("Schedule version 1\\, published ");

        long day = ScheduleDays.read(() -> ScheduleDays.find(slug, "mexico-shoot", "1990-03-05").id);
        changeCall(day, "07:00");
        assertThat(page(sheet).select(".changed-since").text()).contains("this day has changed since");
        assertThat(page(schedule() + "/days/1990-03-09/call-sheet").select(".changed-since")).isEmpty();
    }

    @Test
    void twoVersionsCompareByTheDaysTimesAndStripsThatChanged() {
        publish(As.producer(), 1).statusCode(303);
        long first = ScheduleDays.read(() -> ScheduleDays.find(slug, "mexico-shoot", "1990-03-05").id);
        changeCall(first, "07:00");
        publish(As.producer(), 2).statusCode(303);

        Document compare = page(schedule() + "/versions/1/compare/2");
        assertThat(compare.select("ul.days li").eachText())
                .containsExactly("Monday 5 March 1990: call 07:00 (was 08:30).");
        assertThat(compare.select("ul.strips, ul.people")).isEmpty();
        assertThat(page(schedule()).select("#version-2 a").attr("href")).endsWith("/versions/1/compare/2");
    }

    @Test
    void onlyProducersPublishAndAVersionPublishedMeanwhileIsSaid() throws Exception {
        publish(As.director(), 1).statusCode(403);
        publish(As.researcher(), 1).statusCode(403);
        publish(As.producer(), 1).statusCode(303);
        publish(As.producer(), 1).statusCode(409);
        given().get(schedule() + "/versions/1/compare/7").then().statusCode(404);
        given().get(schedule() + "/versions/1/compare/1").then().statusCode(400);

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> publishing = () -> given(As.producer()).contentType(FORM).redirects().follow(false)
                    .post(schedule() + "/versions").statusCode();
            Future<Integer> a = two.submit(publishing), b = two.submit(publishing);
            assertThat(java.util.List.of(a.get(), b.get())).containsAnyOf(303).allMatch(s -> s == 303 || s == 409);
        } finally {
            two.shutdown();
        }
    }

    private void changeCall(long day, String call) {
        Document form = page(schedule() + "/days/" + day);
        Map<String, String> fields = new java.util.HashMap<>();
        String f = "form[action$=/days/" + day + "] ";
        form.select(f + "input[name], " + f + "textarea[name], " + f + "select[name]")
                .forEach(e -> fields.put(e.attr("name"), e.tagName().equals("textarea") ? e.text()
                        : e.tagName().equals("select") ? e.select("option[selected]").attr("value") : e.val()));
        fields.put("call", call);
        fields.remove("csrf-token");
        given().contentType(FORM).formParams(fields).redirects().follow(false).post(schedule() + "/days/" + day)
                .then().statusCode(303);
    }
}
