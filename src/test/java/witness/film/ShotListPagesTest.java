package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.FilmBuilder;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/**
 * A long series' shot list comes a few whole sequences at a time (about 200 shots a page), with links to the
 * pages before and after; a shot's own address, and a write made without script, find the page that shows it.
 * The film here has ten sequences of 100 shots: pages of sequences 1–2, 3–4, 5–6, 7–8 and 9–10.
 */
@QuarkusTest
class ShotListPagesTest {
    private static int films;
    private String slug;

    @BeforeEach
    void aFilmOfAThousandShots() {
        slug = FilmBuilder.withShots("paged-shots-" + (++films), 1000);
    }

    @Test
    void theListShowsWholeSequencesAPageAtATime() {
        Document first = Pages.get("/films/{slug}/shots", slug);
        assertThat(sequences(first)).containsExactly("sequence-1", "sequence-2");
        assertThat(first.select("tr.shot")).hasSize(200);
        assertThat(first.select("#shot-count").text()).isEqualTo("200");
        assertThat(first.select("nav.pager").first().text()).startsWith("Sequences 1–2 of 10 (page 1 of 5)");
        assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
        assertThat(first.select("nav.pager a[rel=next]").eachAttr("href")).containsOnly("/films/" + slug + "/shots?page=2");
        assertThat(first.select("nav.pager")).hasSize(2);

        Document last = Pages.get("/films/{slug}/shots?page=5", slug);
        assertThat(sequences(last)).containsExactly("sequence-9", "sequence-10");
        assertThat(last.select("nav.pager").first().text()).startsWith("Sequences 9–10 of 10 (page 5 of 5)");
        assertThat(last.select("nav.pager a[rel=prev]").eachAttr("href")).containsOnly("/films/" + slug + "/shots?page=4");
        assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
        assertThat(last.select("#film-total").text()).as("the totals are the whole film's")
                .isEqualTo(first.select("#film-total").text());
    }

    @Test
    void aPageAfterTheLastShowsTheLastAndAPageThatIsNoNumberIsRefused() {
        assertThat(sequences(Pages.get("/films/{slug}/shots?page=99", slug))).containsExactly("sequence-9",
                "sequence-10");
        for (String page : List.of("0", "-1", "two")) {
            given().get("/films/{slug}/shots?page={page}", slug, page).then().statusCode(400)
                    .body(containsString("page"), containsString("'" + page + "' is not a page number"));
        }
    }

    @Test
    void theFiltersComeAlongToTheOtherPages() {
        // Every other shot is Vlady's: 50 a sequence, four sequences a page.
        Document first = Pages.get("/films/{slug}/shots?interviewee=vlady", slug);
        assertThat(sequences(first)).containsExactly("sequence-1", "sequence-2", "sequence-3", "sequence-4");
        assertThat(first.select("nav.pager a[rel=next]").attr("href"))
                .isEqualTo("/films/" + slug + "/shots?interviewee=vlady&page=2");
        Document third = Pages.get("/films/{slug}/shots?interviewee=vlady&page=3", slug);
        assertThat(sequences(third)).containsExactly("sequence-9", "sequence-10");
        assertThat(third.select("tr.shot")).hasSize(100);

        Document oneSequence = Pages.get("/films/{slug}/shots?sequence=sequence-8", slug);
        assertThat(sequences(oneSequence)).containsExactly("sequence-8");
        assertThat(oneSequence.select("nav.pager")).as("one sequence is one page").isEmpty();
    }

    @Test
    void aShotsOwnAddressLeadsToThePageThatShowsIt() {
        given().redirects().follow(false).get("/films/{slug}/shots/sequence-5-scene-2-3", slug).then()
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/shots?page=3#shot-sequence-5-scene-2-3"));
        given().redirects().follow(false).get("/films/{slug}/shots/sequence-1-scene-1-1", slug).then()
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/shots#shot-sequence-1-scene-1-1"));
        given().redirects().follow(false).get("/films/{slug}/shots/no-such-shot", slug).then().statusCode(404);
    }

    @Test
    void aWriteWithoutScriptComesBackToThePageOfTheShot() {
        given().redirects().follow(false).post("/films/{slug}/shots/sequence-10-scene-4-2/drop", slug).then()
                .statusCode(303).header("Location", endsWith("/shots?page=5#shot-sequence-10-scene-4-2"));
    }

    @Test
    void aWriteFromThePageWithScriptRendersTheSamePageAgain() {
        String html = given().header("HX-Request", "true")
                .header("HX-Current-URL", "http://localhost/films/" + slug + "/shots?page=4")
                .post("/films/{slug}/shots/sequence-8-scene-1-1/drop", slug).then().statusCode(200)
                .extract().asString();
        Document list = Jsoup.parse(html);
        assertThat(sequences(list)).containsExactly("sequence-7", "sequence-8");
        assertThat(list.selectFirst("#shot-sequence-8-scene-1-1").hasClass("status-dropped")).isTrue();
        assertThat(list.select("nav.pager").first().text()).startsWith("Sequences 7–8 of 10 (page 4 of 5)");
    }

    @Test
    void aFilmOfFewerShotsIsOnePageAsBefore() {
        String serge = FilmCopies.ofSerge("one-page");
        Document list = Pages.get("/films/{slug}/shots", serge);
        assertThat(list.select("nav.pager")).isEmpty();
        assertThat(list.select("tr.shot")).hasSize(given().get("/api/films/{slug}/shots", serge).jsonPath()
                .getList("key").size());
    }

    @Test
    void withASequenceChosenTheSceneFilterOffersOnlyItsScenes() {
        Document all = Pages.get("/films/{slug}/shots", slug);
        assertThat(all.select("form.filters select[name=scene] option")).hasSize(1 + 100);

        Document one = Pages.get("/films/{slug}/shots?sequence=sequence-4", slug);
        assertThat(one.select("form.filters select[name=scene] option").eachAttr("value")).containsExactly("",
                "sequence-4-scene-1", "sequence-4-scene-2", "sequence-4-scene-3", "sequence-4-scene-4",
                "sequence-4-scene-5", "sequence-4-scene-6", "sequence-4-scene-7", "sequence-4-scene-8",
                "sequence-4-scene-9", "sequence-4-scene-10");

        Document elsewhere = Pages.get("/films/{slug}/shots?sequence=sequence-4&scene=sequence-9-scene-2", slug);
        assertThat(elsewhere.select("form.filters select[name=scene] option[selected]").val())
                .as("a scene chosen outside the sequence stays chosen").isEqualTo("sequence-9-scene-2");
    }
    private static List<String> sequences(Document page) {
        return page.select("section.sequence").eachAttr("id").stream().map(id -> id.substring("sequence-".length()))
                .toList();
    }
}
