package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.film.Scene;
import witness.film.Citation;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The paper edit: the director places testimonies in a scene, in order, and sees how long the bites run. */
@QuarkusTest
class TestimonyPaperEditTest {
    static final String FORM = TestimonyEditingTest.FORM;
    static final String SCENE = "orenburg-arrest";

    @Test
    void testimoniesArePlacedInOrderWithTheirRunningTimeAndTheTotal() {
        String slug = withTwoBites();
        String path = "/films/" + slug + "/scenes/" + SCENE;

        Document page = Pages.get(path);
        assertThat(page.select("#paper-edit li.testimony").eachAttr("id")).containsExactly("testimony-serge-five-years",
                "testimony-vlady-00-12-31", "testimony-vlady-nobody-has-seen-them");
        Element first = page.selectFirst("li#testimony-vlady-00-12-31");
        assertThat(first.select(".speaker").text()).isEqualTo("Vlady Kibalchich");
        assertThat(first.select(".timecode").text()).isEqualTo("00:12:31–00:13:05");
        assertThat(first.select(".running-time").text()).isEqualTo("34 s");
        assertThat(page.selectFirst("li#testimony-vlady-nobody-has-seen-them").select(".running-time").text()).isEqualTo("15 s");
        // 34 s + 15 s; the written testimony of Serge has no timecodes
        assertThat(page.select("#bite-total").text()).startsWith("3 bites: 49 s from their timecodes (1 without timecodes)");
        assertThat(page.select("form#place-testimony select[name=testimony] option").eachAttr("value"))
                .contains("gorkin-corpse").doesNotContain("serge-five-years", "vlady-00-12-31");
        assertThat(scene(slug).testimonies).extracting(t -> t.key).containsExactly("serge-five-years", "vlady-00-12-31",
                "vlady-nobody-has-seen-them");
    }

    @Test
    void aBiteMovesUpAndDownAndIsRemoved() {
        String slug = withTwoBites();

        move(slug, "vlady-nobody-has-seen-them", "up").statusCode(303).header("Location", endsWith("/scenes/" + SCENE + "#paper-edit"));
        assertThat(keys(slug)).containsExactly("serge-five-years", "vlady-nobody-has-seen-them", "vlady-00-12-31");
        move(slug, "serge-five-years", "down").statusCode(303);
        assertThat(keys(slug)).containsExactly("vlady-nobody-has-seen-them", "serge-five-years", "vlady-00-12-31");
        move(slug, "vlady-00-12-31", "down").statusCode(303);
        assertThat(keys(slug)).as("the last stays last").containsExactly("vlady-nobody-has-seen-them", "serge-five-years",
                "vlady-00-12-31");

        Document page = Pages.get("/films/" + slug + "/scenes/" + SCENE);
        assertThat(page.select("li#testimony-vlady-nobody-has-seen-them button[disabled]").attr("aria-label")).startsWith("Move up");
        assertThat(page.select("li#testimony-vlady-00-12-31 button[disabled]").attr("aria-label")).startsWith("Move down");

        given().contentType(FORM).formParam("version", version(slug)).redirects().follow(false)
                .post("/films/{slug}/scenes/{scene}/testimonies/serge-five-years/remove", slug, SCENE).then().statusCode(303);
        assertThat(keys(slug)).containsExactly("vlady-nobody-has-seen-them", "vlady-00-12-31");
        assertThat(SergeFilm.query(() -> Testimony.count("film.slug = ?1 and key = ?2", slug, "serge-five-years")))
                .as("the testimony itself stays").isEqualTo(1);
        assertThat(Pages.get("/films/" + slug + "/testimonies").select("tr#testimony-serge-five-years td.placed").text())
                .isEqualTo("not placed");
    }

    @Test
    void aChangeReadAtAnOlderVersionOfTheSceneIsAConflict() {
        String slug = withTwoBites();
        long stale = version(slug) - 1;

        given().contentType(FORM).formParam("version", stale).formParam("direction", "up").redirects().follow(false)
                .post("/films/{slug}/scenes/{scene}/testimonies/vlady-nobody-has-seen-them/move", slug, SCENE)
                .then().statusCode(409).body(containsString("changed by someone else"));
        given().contentType(FORM).formParam("version", stale).formParam("testimony", "gorkin-corpse")
                .post("/films/{slug}/scenes/{scene}/testimonies", slug, SCENE).then().statusCode(409);

        assertThat(keys(slug)).containsExactly("serge-five-years", "vlady-00-12-31", "vlady-nobody-has-seen-them");
    }

    @Test
    void placingAnUnknownOrAlreadyPlacedTestimonyIsRefusedBesideThePicker() {
        String slug = FilmCopies.ofSerge("transcripts");

        Document page = Jsoup.parse(place(slug, "serge-five-years").statusCode(422).extract().asString());
        assertThat(page.select("#place-testimony-testimony-error").text()).isEqualTo("Testimony is already placed in this scene");
        place(slug, "no-such-words").statusCode(422).body(containsString("no testimony with the key"));
        given().contentType(FORM).formParam("version", version(slug)).formParam("direction", "sideways")
                .post("/films/{slug}/scenes/{scene}/testimonies/serge-five-years/move", slug, SCENE)
                .then().statusCode(422).body(containsString("must be up or down"));
        given().contentType(FORM).formParam("testimony", "gorkin-corpse")
                .post("/films/{slug}/scenes/{scene}/testimonies", slug, SCENE).then().statusCode(422)
                .body(containsString("version"));

        assertThat(keys(slug)).containsExactly("serge-five-years");
    }

    @Test
    void aTestimonyIsCitedInTheFootnotesByItsSpeakerAndWhereItComesFrom() {
        String slug = withTwoBites();
        SergeFilm.query(() -> {
            Scene scene = Scene.<Scene>find("key = ?1 and sequence.film.slug = ?2", SCENE, slug).firstResult();
            Citation c = new Citation();
            c.scene = scene;
            c.testimony = Testimony.<Testimony>find("film.slug = ?1 and key = ?2", slug, "vlady-00-12-31").firstResult();
            c.position = (int) Citation.count("scene", scene) + 1;
            c.claim = "The manuscripts were written in Orenburg.";
            c.persist();
            return c.position;
        });

        Document page = Pages.get("/films/" + slug + "/scenes/" + SCENE);
        assertThat(page.select("ol.footnotes .cited").eachText()).contains(
                "Vlady Kibalchich, interview, 00:12:31–00:13:05.",
                "Victor Serge, Memoirs of a Revolutionary, 1901–1941, trans. Peter Sedgwick (Oxford University Press, 1963).");
    }

    /** A copy whose arrest scene has Serge's testimony then two bites of Vlady's transcript. */
    static String withTwoBites() {
        String slug = FilmCopies.ofSerge("transcripts");
        TranscriptImportTest.postApi(slug, TranscriptImportTest.PLAIN, null).then().statusCode(200);
        TestimonyEditingTest.passage(slug, "1", "2").statusCode(303);
        given().contentType(FORM).formParam("person", "vlady").formParam("interview", "vlady")
                .formParam("timecodeIn", "00:13:05")
                .formParam("timecodeOut", "00:13:20").formParam("text", "Nobody has seen them since.")
                .redirects().follow(false).post("/films/{slug}/testimonies", slug).then().statusCode(303);
        place(slug, "vlady-00-12-31").statusCode(303);
        place(slug, "vlady-nobody-has-seen-them").statusCode(303);
        return slug;
    }

    static ValidatableResponse place(String slug, String testimony) {
        return given().contentType(FORM).formParam("version", version(slug)).formParam("testimony", testimony)
                .redirects().follow(false).post("/films/{slug}/scenes/{scene}/testimonies", slug, SCENE).then();
    }

    static ValidatableResponse move(String slug, String testimony, String direction) {
        return given().contentType(FORM).formParam("version", version(slug)).formParam("direction", direction)
                .redirects().follow(false)
                .post("/films/{slug}/scenes/{scene}/testimonies/{t}/move", slug, SCENE, testimony).then();
    }

    static Scene scene(String slug) {
        return SergeFilm.query(() -> {
            Scene s = Scene.<Scene>find("key = ?1 and sequence.film.slug = ?2", SCENE, slug).firstResult();
            s.testimonies.size();
            return s;
        });
    }

    static List<String> keys(String slug) {
        return scene(slug).testimonies.stream().map(t -> t.key).toList();
    }

    static long version(String slug) {
        return scene(slug).version;
    }
}
