package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.FilmBuilder;
import witness.testing.Pages;

/**
 * A long film's structure comes whole sequences at a time (about 120 scenes a page), with every sequence listed
 * and linked to its page; a sequence's address, and every write, find the page that shows what changed. The film
 * here has thirteen sequences of ten scenes: pages of sequences 1–12 and 13.
 */
@QuarkusTest
class StructurePagesTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static int films;
    private String slug;

    @BeforeEach
    void aFilmOfThirteenSequences() {
        slug = FilmBuilder.withShots("paged-structure-" + (++films), 1300);
    }

    @Test
    void theStructureShowsWholeSequencesAPageAtATimeAndListsThemAll() {
        Document first = Pages.get("/films/{slug}", slug);
        assertThat(first.select("section.sequence")).hasSize(12);
        assertThat(first.select("tr.scene")).hasSize(120);
        assertThat(first.select("nav.pager").first().text()).startsWith("Sequences 1–12 of 13 (page 1 of 2)");
        assertThat(first.select("nav.pager a[rel=next]").eachAttr("href")).containsOnly("/films/" + slug + "?page=2");
        assertThat(first.select("nav.contents a")).hasSize(13);
        assertThat(first.select("nav.contents a").last().attr("href"))
                .isEqualTo("/films/" + slug + "?page=2#sequence-sequence-13");
        assertThat(first.select("nav.contents a[aria-current=page]")).hasSize(12);
        assertThat(first.select("#down-sequence-sequence-12").hasAttr("disabled"))
                .as("the last sequence of a page is not the film's last").isFalse();

        Document second = Pages.get("/films/{slug}?page=2", slug);
        assertThat(second.select("section.sequence").eachAttr("id")).containsExactly("sequence-sequence-13");
        assertThat(second.select("#up-sequence-sequence-13").hasAttr("disabled")).isFalse();
        assertThat(second.select("#down-sequence-sequence-13").hasAttr("disabled")).isTrue();
        assertThat(second.select("nav.pager a[rel=prev]").eachAttr("href")).containsOnly("/films/" + slug + "?page=1");
        assertThat(second.select(".new-sequence form")).as("a sequence can be added from any page").hasSize(1);
    }

    @Test
    void aPageAfterTheLastShowsTheLastAndAPageThatIsNoNumberIsRefused() {
        assertThat(Pages.get("/films/{slug}?page=9", slug).select("section.sequence")).hasSize(1);
        given().get("/films/{slug}?page=two", slug).then().statusCode(400)
                .body(containsString("'two' is not a page number"));
    }

    @Test
    void aSequencesAddressLeadsToThePageThatShowsIt() {
        given().redirects().follow(false).get("/films/{slug}/sequences/sequence-13", slug).then().statusCode(303)
                .header("Location", endsWith("/films/" + slug + "?page=2#sequence-sequence-13"));
        given().redirects().follow(false).get("/films/{slug}/sequences/sequence-13?scene=sequence-13-scene-4", slug)
                .then().statusCode(303).header("Location", endsWith("/films/" + slug + "?page=2#scene-sequence-13-scene-4"));
        given().redirects().follow(false).get("/films/{slug}/sequences/sequence-2", slug).then().statusCode(303)
                .header("Location", endsWith("/films/" + slug + "#sequence-sequence-2"));
        given().redirects().follow(false).get("/films/{slug}/sequences/atlantis", slug).then().statusCode(404);
    }

    @Test
    void aWriteWithoutScriptComesBackToThePageOfWhatChanged() {
        given().redirects().follow(false).contentType(FORM).formParams(Map.of("title", "The last ship"))
                .post("/films/{slug}/sequences/sequence-13/scenes", slug).then().statusCode(303)
                .header("Location", endsWith("/films/" + slug + "?page=2#scene-the-last-ship"));
        given().redirects().follow(false).contentType(FORM).formParams(Map.of("title", "Epilogue"))
                .post("/films/{slug}/sequences", slug).then().statusCode(303)
                .header("Location", endsWith("/films/" + slug + "?page=2#sequence-epilogue"));
    }

    @Test
    void aWriteWithScriptSwapsInThePageOfWhatChangedAndSaysWhereItIs() {
        var response = given().header("HX-Request", "true").contentType(FORM).formParams(Map.of("position", "1"))
                .post("/films/{slug}/scenes/sequence-13-scene-5/move", slug).then().statusCode(200)
                .header("HX-Replace-Url", "/films/" + slug + "?page=2").extract();
        Document fragment = Jsoup.parse(response.asString());
        assertThat(fragment.select("section.sequence").eachAttr("id")).containsExactly("sequence-sequence-13");
        assertThat(fragment.select("#sequence-sequence-13 tr.scene").first().id())
                .isEqualTo("scene-sequence-13-scene-5");
    }

    @Test
    void aRefusedFormIsShownOnThePageOfItsSequence() {
        String html = given().contentType(FORM).formParams(Map.of("title", " "))
                .post("/films/{slug}/sequences/sequence-13/scenes", slug).then().statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("section.sequence").eachAttr("id")).containsExactly("sequence-sequence-13");
        assertThat(page.select("#new-scene-sequence-13-title-error").text()).contains("must not be blank");
    }
}
