package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/** The producer keeps each interview's details and questions on its page, without JavaScript. */
@QuarkusTest
class InterviewEditingTest {
    static final String FORM = InterviewBoardTest.FORM;

    @Test
    void everyFieldIsSavedFromThePage() {
        String slug = FilmCopies.ofSerge("interviews");
        save(slug, "vlady", Map.of("language", "Spanish", "interpreter", "Ana", "place", "Cuernavaca",
                "date", "2026-05-14", "topics", "the flight from Marseille\r\nMexico, 1941–47\r\n", "fee", "150.50",
                "notes", "Bring the paintings.", "status", "scheduled", "release", "sent"))
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/interviews/vlady"));

        Interview vlady = InterviewBoardTest.stored(slug, "vlady");
        assertThat(vlady.language).isEqualTo("Spanish");
        assertThat(vlady.interpreter).isEqualTo("Ana");
        assertThat(vlady.place).isEqualTo("Cuernavaca");
        assertThat(vlady.date).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(vlady.topics).containsExactly("the flight from Marseille", "Mexico, 1941–47");
        assertThat(vlady.fee).isEqualByComparingTo(new BigDecimal("150.50"));
        assertThat(vlady.status).isEqualTo(InterviewStatus.SCHEDULED);
        assertThat(vlady.release).isEqualTo(ReleaseStatus.SENT);
        assertThat(vlady.questions).isNotEmpty();

        Document page = Pages.get("/films/" + slug + "/interviews/vlady");
        assertThat(page.select("#edit-interview-date").attr("type")).isEqualTo("date");
        assertThat(page.select("#edit-interview-date").val()).isEqualTo("2026-05-14");
        assertThat(page.select("#edit-interview-status option[selected]").val()).isEqualTo("scheduled");
        assertThat(page.select("#edit-interview-topics").val()).isEqualTo("the flight from Marseille\nMexico, 1941–47");
        assertThat(page.select("#warnings")).isEmpty();
    }

    @Test
    void badDatesFeesAndChoicesAreShownBesideTheirFieldsAndNothingIsSaved() {
        String slug = FilmCopies.ofSerge("interviews");
        long version = InterviewBoardTest.stored(slug, "vlady").version;
        String html = save(slug, "vlady", Map.of("date", "14/05/2026", "fee", "a lot", "status", "famous",
                "release", "maybe", "releaseSignedOn", "2026-02-30", "language", "x".repeat(101)))
                .statusCode(422).extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#edit-interview-date-error").text()).contains("must be a date like");
        assertThat(page.select("#edit-interview-date").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#edit-interview-date").val()).isEqualTo("14/05/2026");
        assertThat(page.select("#edit-interview-fee-error").text()).contains("must be an amount like 150.00");
        assertThat(page.select("#edit-interview-status-error").text()).contains("'famous' is not one of");
        assertThat(page.select("#edit-interview-release-error").text()).contains("'maybe' is not one of");
        assertThat(page.select("#edit-interview-releaseSignedOn-error").text()).contains("must be a date");
        assertThat(page.select("#edit-interview-language-error").text()).contains("at most 100");

        Interview vlady = InterviewBoardTest.stored(slug, "vlady");
        assertThat(vlady.version).isEqualTo(version);
        assertThat(vlady.date).isNull();
        assertThat(vlady.status).isEqualTo(InterviewStatus.PRE_INTERVIEWED);

        save(slug, "vlady", Map.of("fee", "-5")).statusCode(422).body(containsString("must be 0 or more"));
        save(slug, "vlady", Map.of("person", "", "label", "")).statusCode(422).body(containsString("is required when no person"));
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsSaved() {
        String slug = FilmCopies.ofSerge("interviews");
        Map<String, String> read = form(slug, "jeannine");
        save(slug, "jeannine", Map.of("place", "Paris")).statusCode(303);

        Map<String, String> stale = new HashMap<>(read);
        stale.put("place", "Mexico City");
        given().contentType(FORM).formParams(stale).redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine", slug).then().statusCode(409)
                .body(containsString("changed by someone else"));
        assertThat(InterviewBoardTest.stored(slug, "jeannine").place).isEqualTo("Paris");

        stale.remove("version");
        given().contentType(FORM).formParams(stale).redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine", slug).then().statusCode(422);
    }

    @Test
    void questionsAreAddedEditedReorderedAndDeleted() {
        String slug = FilmCopies.ofSerge("interviews");
        List<String> before = InterviewBoardTest.stored(slug, "jeannine").questions;
        int n = before.size();

        question(slug, "jeannine", "/questions", Map.of("question", "What did your father paint?")).statusCode(303)
                .header("Location", endsWith("/films/" + slug + "/interviews/jeannine#questions"));
        assertThat(InterviewBoardTest.stored(slug, "jeannine").questions).hasSize(n + 1).last()
                .isEqualTo("What did your father paint?");

        question(slug, "jeannine", "/questions/" + (n + 1), Map.of("question", "What did your brother paint?")).statusCode(303);
        question(slug, "jeannine", "/questions/" + (n + 1) + "/move", Map.of("position", "1")).statusCode(303);
        List<String> moved = InterviewBoardTest.stored(slug, "jeannine").questions;
        assertThat(moved).hasSize(n + 1).first().isEqualTo("What did your brother paint?");
        assertThat(moved.subList(1, n + 1)).isEqualTo(before);

        Document page = Pages.get("/films/" + slug + "/interviews/jeannine");
        assertThat(page.select("ol.questions > li").first().select("textarea").val()).isEqualTo("What did your brother paint?");
        assertThat(page.select("ol.questions > li").first().select("button.move-up").hasAttr("disabled")).isTrue();
        assertThat(page.select("#question-2 form:has(button.move-up) input[name=position]").val()).isEqualTo("1");
        assertThat(page.select("#question-2 form:has(button.move-down) input[name=position]").val()).isEqualTo("3");
        assertThat(page.select("#question-2 label").text()).startsWith("Question 2");

        question(slug, "jeannine", "/questions/2/move", Map.of("position", "1")).statusCode(303);
        assertThat(InterviewBoardTest.stored(slug, "jeannine").questions.get(1)).isEqualTo("What did your brother paint?");
        question(slug, "jeannine", "/questions/2/delete", Map.of()).statusCode(303);
        assertThat(InterviewBoardTest.stored(slug, "jeannine").questions).isEqualTo(before);
    }

    @Test
    void aBlankQuestionOrAStaleListIsRefused() {
        String slug = FilmCopies.ofSerge("interviews");
        List<String> before = InterviewBoardTest.stored(slug, "vlady").questions;
        Document refused = Jsoup.parse(question(slug, "vlady", "/questions", Map.of("question", "  ")).statusCode(422)
                .extract().asString());
        assertThat(refused.select("#new-question-question-error").text()).contains("is required");
        question(slug, "vlady", "/questions/1/move", Map.of("position", "99")).statusCode(422)
                .body(containsString("must be from 1 to"));
        question(slug, "vlady", "/questions/99", Map.of("question", "Who?")).statusCode(404);
        long version = InterviewBoardTest.stored(slug, "vlady").version;
        given().contentType(FORM).formParams(Map.of("question", "Late?", "version", String.valueOf(version - 1)))
                .redirects().follow(false).post("/films/{slug}/interviews/vlady/questions", slug).then()
                .statusCode(409);
        assertThat(InterviewBoardTest.stored(slug, "vlady").questions).isEqualTo(before);
    }

    @Test
    void aNewInterviewIsCreatedForAPersonOrALabel() {
        String slug = FilmCopies.ofSerge("interviews");
        Document form = Pages.get("/films/" + slug + "/interviews/new");
        assertThat(form.select("#new-interview-person option").eachAttr("value")).contains("vlady", "julian-gorkin");

        given().contentType(FORM).formParams(Map.of("person", "laurette-sejourne", "status", "identified", "language", "French"))
                .redirects().follow(false).post("/films/{slug}/interviews", slug).then().statusCode(303)
                .header("Location", endsWith("/films/" + slug + "/interviews/laurette-sejourne"));
        given().contentType(FORM).formParams(Map.of("person", "", "label", "Neighbours in Orenburg"))
                .redirects().follow(false).post("/films/{slug}/interviews", slug).then().statusCode(303)
                .header("Location", endsWith("/films/" + slug + "/interviews/neighbours-in-orenburg"));
        assertThat(Pages.get("/films/" + slug + "/interviews").select("#status-identified h3").eachText())
                .contains("Neighbours in Orenburg");

        Document refused = Jsoup.parse(given().contentType(FORM).formParams(Map.of("person", "", "label", "",
                "date", "soon")).post("/films/{slug}/interviews", slug).then().statusCode(422).extract().asString());
        assertThat(refused.select("#new-interview-person-error").text()).contains("is required");
        assertThat(refused.select("#new-interview-date-error").text()).contains("must be a date");
        Document unknown = Jsoup.parse(given().contentType(FORM).formParams(Map.of("person", "nobody"))
                .post("/films/{slug}/interviews", slug).then().statusCode(422).extract().asString());
        assertThat(unknown.select("#new-interview-person-error").text()).isEqualTo("Person: this film has no person 'nobody'");
    }

    /** The interview page's form as stored, with some fields changed, posted. */
    static ValidatableResponse save(String slug, String key, Map<String, String> changes) {
        Map<String, String> values = form(slug, key);
        values.putAll(changes);
        return given().contentType(FORM).formParams(values).redirects().follow(false)
                .post("/films/{slug}/interviews/{key}", slug, key).then();
    }

    static Map<String, String> form(String slug, String key) {
        Element form = Pages.get("/films/" + slug + "/interviews/" + key).selectFirst("form#edit-interview");
        Map<String, String> values = new HashMap<>();
        for (Element control : form.select("input[name], textarea[name], select[name]")) {
            String value = control.is("select") ? control.select("option[selected]").val() : control.val();
            values.put(control.attr("name"), value);
        }
        return values;
    }

    private static ValidatableResponse question(String slug, String key, String path, Map<String, String> form) {
        Map<String, String> values = new HashMap<>(form);
        values.putIfAbsent("version", String.valueOf(InterviewBoardTest.stored(slug, key).version));
        return given().contentType(FORM).formParams(values).redirects().follow(false)
                .post("/films/{slug}/interviews/{key}" + path, slug, key).then();
    }
}
