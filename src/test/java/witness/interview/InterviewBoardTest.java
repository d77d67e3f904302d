package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;
import witness.web.Flash;

/** The producer moves interviewees through the pipeline on the board, by keyboard form or by drag and drop. */
@QuarkusTest
class InterviewBoardTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void everyCardCanBeDraggedAndHasAKeyboardMoveForm() {
        String slug = FilmCopies.ofSerge("interviews");
        Document board = Pages.get("/films/" + slug + "/interviews");

        assertThat(board.select("#board section.board-column")).hasSize(8);
        assertThat(board.select("section.board-column h2").last().text()).startsWith("declined");
        assertThat(board.select("#status-scheduled [data-sortable=interviews]").attr("data-parent-field"))
                .isEqualTo("status");
        assertThat(board.select("#status-scheduled [data-sortable]").attr("data-parent")).isEqualTo("scheduled");
        assertThat(board.select("#interview-vlady").attr("data-move"))
                .isEqualTo("/films/" + slug + "/interviews/vlady/move");
        assertThat(board.select("#interview-vlady .drag-handle")).hasSize(1);
        assertThat(board.select("#interview-vlady form.card-move").attr("hx-post"))
                .isEqualTo("/films/" + slug + "/interviews/vlady/move");
        assertThat(board.select("#interview-vlady form.card-move select[name=status] option")).hasSize(8);
        assertThat(board.select("#interview-vlady form.card-move option[selected]").val()).isEqualTo("pre-interviewed");
    }

    @Test
    void everyStatusIsReachableByTheKeyboardForm() {
        String slug = FilmCopies.ofSerge("interviews");
        for (InterviewStatus status : InterviewStatus.values()) {
            move(slug, "jeannine", Map.of("status", status.code()))
                    .statusCode(303).header("Location", endsWith("/films/" + slug + "/interviews#interview-jeannine"));
            assertThat(stored(slug, "jeannine").status).isEqualTo(status);
            assertThat(Pages.get("/films/" + slug + "/interviews")
                    .select("#status-" + status.code() + " #interview-jeannine")).hasSize(1);
        }
    }

    @Test
    void aDropAnswersTheBoardFragmentWithTheCardInItsNewColumn() {
        String slug = FilmCopies.ofSerge("interviews");
        String html = given().contentType(FORM).header("HX-Request", "true")
                .formParams(Map.of("status", "agreed", "position", "1"))
                .post("/films/{slug}/interviews/vlady/move", slug).then().statusCode(200).extract().asString();

        Document fragment = Jsoup.parse(html);
        assertThat(fragment.select("body > #board")).hasSize(1);
        assertThat(fragment.select("#status-agreed #interview-vlady")).hasSize(1);
        assertThat(fragment.select("#board .notice").text()).isEqualTo("Moved Vlady Kibalchich to agreed.");
        assertThat(stored(slug, "vlady").status).isEqualTo(InterviewStatus.AGREED);
    }

    @Test
    void anUnknownOrMissingStatusIsRefusedNamingTheFieldAndNothingMoves() {
        String slug = FilmCopies.ofSerge("interviews");
        move(slug, "vlady", Map.of("status", "shelved")).statusCode(422)
                .body(containsString("status: 'shelved' is not one of: identified, contacted"));
        move(slug, "vlady", Map.of()).statusCode(422).body(containsString("status: is required"));
        given().contentType(FORM).header("HX-Request", "true").formParam("status", "FILMED")
                .post("/films/{slug}/interviews/vlady/move", slug).then().statusCode(422)
                .header("HX-Retarget", "#flash").body(containsString("status"));
        assertThat(stored(slug, "vlady").status).isEqualTo(InterviewStatus.PRE_INTERVIEWED);
        move(slug, "nobody", Map.of("status", "agreed")).statusCode(404);
    }

    @Test
    void filmingWithoutASignedReleaseWarnsOnTheCardThePageTheFlashAndTheDashboardUntilSigned() {
        String slug = FilmCopies.ofSerge("interviews");
        String cookie = move(slug, "vlady", Map.of("status", "filmed")).statusCode(303)
                .extract().cookie(Flash.COOKIE);
        Document board = Jsoup.parse(given().cookie(Flash.COOKIE, cookie).get("/films/{slug}/interviews", slug)
                .then().statusCode(200).extract().asString());
        assertThat(board.select("#flash .notice").text())
                .isEqualTo("Moved Vlady Kibalchich to filmed. Warning: Filmed without a signed release form.");
        assertThat(board.select("#interview-vlady .warnings").text()).contains("Filmed without a signed release form");
        assertThat(Pages.get("/films/" + slug + "/interviews/vlady").select("#warnings").text())
                .contains("Filmed without a signed release form");
        Document dashboard = Pages.get("/?film=" + slug);
        assertThat(dashboard.select("#interview-warnings li[data-interview=vlady]").text())
                .isEqualTo("Vlady Kibalchich: Filmed without a signed release form");
        assertThat(dashboard.select("#interview-warnings li[data-interview=vlady] a").attr("href"))
                .isEqualTo("/films/" + slug + "/interviews/vlady");

        InterviewEditingTest.save(slug, "vlady", Map.of("release", "signed", "releaseSignedOn", "2026-03-02"))
                .statusCode(303);

        assertThat(Pages.get("/films/" + slug + "/interviews").select("#interview-vlady .warnings")).isEmpty();
        assertThat(Pages.get("/films/" + slug + "/interviews/vlady").select("#warnings")).isEmpty();
        assertThat(Pages.get("/?film=" + slug).select("#interview-warnings li[data-interview=vlady]")).isEmpty();
    }

    @Test
    void schedulingWithoutADateWarnsUntilADateIsSet() {
        String slug = FilmCopies.ofSerge("interviews");
        String html = given().contentType(FORM).header("HX-Request", "true").formParam("status", "scheduled")
                .post("/films/{slug}/interviews/jeannine/move", slug).then().statusCode(200).extract().asString();
        Document fragment = Jsoup.parse(html);
        assertThat(fragment.select("#board .notice").text()).contains("Warning: Scheduled without a date.");
        assertThat(fragment.select("#status-scheduled #interview-jeannine .warnings").text())
                .isEqualTo("Scheduled without a date");
        assertThat(Pages.get("/?film=" + slug).select("#interview-warnings li[data-interview=jeannine]").text())
                .contains("Scheduled without a date");

        InterviewEditingTest.save(slug, "jeannine", Map.of("date", "2026-06-14")).statusCode(303);

        assertThat(Pages.get("/films/" + slug + "/interviews").select("#interview-jeannine .warnings")).isEmpty();
        assertThat(Pages.get("/?film=" + slug).select("#interview-warnings li[data-interview=jeannine]")).isEmpty();
        assertThat(Pages.get("/films/" + slug + "/interviews").select("#interview-jeannine .meta").text())
                .contains("14 June 2026");
    }

    @Test
    void theSergeFilmHasNoInterviewWarnings() {
        assertThat(Pages.get("/?film=" + SergeFilm.SLUG).select("#interview-warning-count").text()).isEqualTo("0");
    }

    static ValidatableResponse move(String slug, String key, Map<String, String> form) {
        return given().contentType(FORM).formParams(form).redirects().follow(false)
                .post("/films/{slug}/interviews/{key}/move", slug, key).then();
    }

    static Interview stored(String slug, String key) {
        return SergeFilm.query(() -> Interview.<Interview>find("film.slug = ?1 and key = ?2", slug, key).firstResult());
    }
}
