package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Citation;
import witness.film.Scene;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** A testimony has a page of its own: its words, speaker and origin corrected, and a delete that says where it is used. */
@QuarkusTest
class TestimonyPageTest {

    @Test
    void aTestimonyIsCorrectedOnItsPageAndABadEditChangesNothing() {
        String slug = FilmCopies.ofSerge("testimony-page");
        Document page = Pages.get("/films/{slug}/testimonies/gorkin-corpse", slug);
        assertThat(page.select("#edit-testimony-text").text()).startsWith("His upturned soles had holes in them");
        assertThat(page.select("#uses").text()).contains("placed in scene 1.2 Gorkin's description of the corpse");
        assertThat(Pages.get("/films/{slug}/testimonies", slug).select("tr#testimony-gorkin-corpse a[href$=/testimonies/gorkin-corpse]"))
                .hasSize(1);

        Map<String, String> form = form(slug);
        form.put("text", "His upturned soles had holes in them.");
        form.put("page", "12");
        form().formParams(form).redirects().follow(false).post("/films/{slug}/testimonies/gorkin-corpse", slug).then()
                .statusCode(303);
        Testimony saved = SergeFilm.query(() -> testimony(slug));
        assertThat(saved.text).isEqualTo("His upturned soles had holes in them.");
        assertThat(saved.page).isEqualTo("12");

        Map<String, String> bad = form(slug);
        bad.put("text", " ");
        bad.put("timecodeIn", "00:01:00");
        String refused = form().formParams(bad).post("/films/{slug}/testimonies/gorkin-corpse", slug).then()
                .statusCode(422).extract().asString();
        assertThat(refused).contains("Text is required", "timecodes belong to an interview");
        assertThat(SergeFilm.query(() -> testimony(slug)).text).isEqualTo("His upturned soles had holes in them.");

        Map<String, String> stale = new HashMap<>(form);
        form().formParams(stale).post("/films/{slug}/testimonies/gorkin-corpse", slug).then().statusCode(409);
    }

    @Test
    void deletingATestimonySaysWhereItIsUsedAndTakesItOutOfTheSceneAndItsFootnotes() {
        String slug = FilmCopies.ofSerge("testimony-page");
        Document confirm = Pages.get("/films/{slug}/testimonies/gorkin-corpse/delete", slug);
        assertThat(confirm.select("ul.uses li").eachText()).contains("placed in scene 1.2 Gorkin's description of the corpse",
                "cited in footnote 1 of scene 1.2 (the citation goes with it)");
        long citations = SergeFilm.query(() -> Citation.count("scene.sequence.film.slug", slug));

        form().formParam("version", SergeFilm.query(() -> testimony(slug).version)).redirects().follow(false)
                .post("/films/{slug}/testimonies/gorkin-corpse/delete", slug).then().statusCode(303);

        assertThat(SergeFilm.query(() -> Testimony.count("film.slug = ?1 and key = ?2", slug, "gorkin-corpse"))).isZero();
        assertThat(SergeFilm.query(() -> Scene.byKey(Film.bySlug(slug).orElseThrow(), "prologue-corpse").orElseThrow()
                .testimonies.size())).isZero();
        assertThat(SergeFilm.query(() -> Citation.count("scene.sequence.film.slug", slug))).isEqualTo(citations - 1);
        assertThat(SergeFilm.query(() -> Citation.<Citation>list("scene.key = ?1 and scene.sequence.film.slug = ?2"
                + " order by position", "prologue-corpse", slug).stream().map(c -> c.position).toList())).containsExactly(1, 2);
        given().get("/films/{slug}/testimonies/gorkin-corpse", slug).then().statusCode(404);
    }

    private static Map<String, String> form(String slug) {
        Testimony t = SergeFilm.query(() -> testimony(slug));
        Map<String, String> form = new HashMap<>(Map.of("person", "julian-gorkin", "source", "gorkin-testimony",
                "text", t.text, "version", Long.toString(t.version)));
        return form;
    }

    private static Testimony testimony(String slug) {
        return TranscriptEditor.testimony(Film.bySlug(slug).orElseThrow(), "gorkin-corpse");
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
