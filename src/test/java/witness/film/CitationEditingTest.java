package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;
import witness.web.Formats;

/** A researcher cites sources and testimonies for a scene, corrects, reorders and deletes the footnotes. */
@QuarkusTest
class CitationEditingTest {
    private String slug;
    private String scene;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("citations");
        scene = "/films/" + slug + "/scenes/orenburg-arrest";
    }

    @Test
    void aSourceIsCitedAsTheLastFootnoteInChicagoStyle() {
        Map<String, String> fields = new HashMap<>(Map.of("source", "memoirs", "testimony", "", "shot",
                "orenburg-arrest-1", "locator", "p. 261", "claim", "The GPU searched the flat <b>twice</b>.",
                "text", "They searched everything.", "status", "verified", "verifiedBy", "Susan Weissman"));
        form().formParams(fields).redirects().follow(false).post(scene + "/citations").then().statusCode(303)
                .header("Location", endsWith("/scenes/orenburg-arrest#citations"));

        Document page = Pages.get(scene);
        assertThat(page.select("ol.footnotes > li")).hasSize(5);
        Element fifth = page.selectFirst("ol.footnotes > li#citation-5");
        // the memoirs are cited in full by an earlier note of the scene: this one is Chicago's short form
        assertThat(fifth.select(".cited").text()).isEqualTo("Serge, Memoirs of a Revolutionary, p. 261.");
        assertThat(fifth.select(".cited span.csl-italic").text()).isEqualTo("Memoirs of a Revolutionary");
        assertThat(page.select("ol.footnotes > li .cited").eachText()).filteredOn(n -> n.contains("Memoirs"))
                .first().asString().startsWith("Victor Serge, Memoirs of a Revolutionary, 1901–1941, trans. Peter Sedgwick");
        assertThat(fifth.select(".claim").text()).isEqualTo("Claim: The GPU searched the flat <b>twice</b>.");
        assertThat(fifth.select(".claim b")).isEmpty();
        assertThat(fifth.select(".shot").text()).isEqualTo("(shot 2.1.1)");
        assertThat(fifth.select(".verification").text())
                .isEqualTo("verified by Susan Weissman on " + Formats.human(LocalDate.now()));
        assertThat(page.select("#scene-coverage").text()).startsWith("5 citations, 2 verified");
        assertThat(positions()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theFormStartsOnTheWriterAndTodayAndAnUnverifiedCitationKeepsNeither() {
        Document page = Pages.get(scene);
        assertThat(page.select("#new-citation-verifiedBy").attr("value")).isEqualTo("admin");
        assertThat(page.select("#new-citation-verifiedOn").attr("value")).isEqualTo(LocalDate.now().toString());

        add(Map.of("source", "memoirs", "claim", "Not yet checked.", "status", "unverified",
                "verifiedBy", "admin", "verifiedOn", LocalDate.now().toString()));
        Citation added = SergeFilm.query(() -> Citation.<Citation>find("scene.key = ?1 and scene.sequence.film.slug = ?2"
                + " order by position desc", "orenburg-arrest", slug).firstResult());
        assertThat(added.claim).isEqualTo("Not yet checked.");
        assertThat(added.verifiedBy).isNull();
        assertThat(added.verifiedOn).isNull();
    }

    @Test
    void aTestimonyIsCitedBySpeakerAndTimecodesOrItsWrittenSource() {
        add(Map.of("testimony", "gorkin-corpse", "locator", "p. 3"));
        add(Map.of("testimony", "serge-five-years"));

        Document page = Pages.get(scene);
        assertThat(page.selectFirst("li#citation-5 .cited").text()).startsWith("Julian Gorkin").endsWith(", p. 3.");
        // Serge's own words from his memoirs, which an earlier note of the scene cites in full
        assertThat(page.selectFirst("li#citation-6 .cited").text()).isEqualTo("Serge, Memoirs of a Revolutionary.");
    }

    @Test
    void aCitationIsEditedOnItsPageAndAStaleEditIsRefused() {
        long id = ids().get(1);
        Document edit = Pages.get(scene + "/citations/" + id);
        assertThat(edit.select("h1").text()).isEqualTo("Footnote 2 of scene 2.1");
        String version = edit.select("form.citation-form input[name=version]").val();
        assertThat(edit.select("select[name=testimony] option[selected]").val()).isEqualTo("serge-five-years");

        Map<String, String> fields = Map.of("source", "", "testimony", "serge-five-years", "locator", "p. 262",
                "claim", "Five years of resistance.", "status", "disputed", "version", version);
        form().formParams(fields).redirects().follow(false).post(scene + "/citations/" + id).then().statusCode(303);
        form().formParams(fields).post(scene + "/citations/" + id).then().statusCode(409)
                .body(containsString("changed by someone else"));

        Element second = Pages.get(scene).selectFirst("li#citation-2");
        assertThat(second.select(".cited").text()).endsWith(", p. 262.");
        assertThat(second.select(".verification").text()).isEqualTo("disputed");
        assertThat(second.hasClass("verification-disputed")).isTrue();
    }

    @Test
    void deletingAFootnoteRenumbersTheRest() {
        List<Long> before = ids();
        form().formParam("version", version(before.get(0))).redirects().follow(false)
                .post(scene + "/citations/" + before.get(0) + "/delete").then().statusCode(303);

        assertThat(ids()).containsExactlyElementsOf(before.subList(1, 4));
        assertThat(positions()).containsExactly(1, 2, 3);
        assertThat(Pages.get(scene).select("ol.footnotes > li").eachAttr("id"))
                .containsExactly("citation-1", "citation-2", "citation-3");
        form().formParam("version", "0").post(scene + "/citations/" + before.get(0) + "/delete").then().statusCode(404);
    }

    @Test
    void footnotesMoveUpAndDownAndStayNumberedOneToN() {
        List<Long> before = ids();
        form().formParam("version", version(before.get(3))).redirects().follow(false)
                .post(scene + "/citations/" + before.get(3) + "/up").then().statusCode(303);
        assertThat(ids()).containsExactly(before.get(0), before.get(1), before.get(3), before.get(2));
        form().formParam("version", version(before.get(0))).redirects().follow(false)
                .post(scene + "/citations/" + before.get(0) + "/down").then().statusCode(303);
        assertThat(ids()).containsExactly(before.get(1), before.get(0), before.get(3), before.get(2));
        form().formParam("version", version(before.get(1))).redirects().follow(false)
                .post(scene + "/citations/" + before.get(1) + "/up").then().statusCode(303);
        assertThat(ids()).as("the first stays first").containsExactly(before.get(1), before.get(0), before.get(3),
                before.get(2));
        assertThat(positions()).containsExactly(1, 2, 3, 4);

        Document page = Pages.get(scene);
        assertThat(page.selectFirst("li#citation-1 form[action$=/up] button").hasAttr("disabled")).isTrue();
        assertThat(page.selectFirst("li#citation-4 form[action$=/down] button").hasAttr("disabled")).isTrue();
        form().formParam("version", "-1").post(scene + "/citations/" + before.get(2) + "/up").then().statusCode(409);
    }

    @Test
    void eachBadValueIsRefusedBesideItsFieldAndNothingIsSaved() {
        refused(Map.of("source", "", "testimony", ""), "source", "choose a source or a testimony");
        refused(Map.of("source", "memoirs", "testimony", "gorkin-corpse"), "source", "not both");
        refused(Map.of("source", "memoirs", "shot", "prologue-taxi-1"), "shot", "has no shot 'prologue-taxi-1'");
        refused(Map.of("source", "no-such-book"), "source", "no source with the key 'no-such-book'");
        refused(Map.of("testimony", "no-such-words"), "testimony", "no testimony with the key 'no-such-words'");
        refused(Map.of("source", "memoirs", "status", "verified"), "verifiedBy", "is required for a verified citation");
        refused(Map.of("source", "memoirs", "status", "rumoured"), "status", "'rumoured' is not one of");
        refused(Map.of("source", "memoirs", "claim", "x".repeat(4001)), "claim", "at most 4000 characters");
        refused(Map.of("source", "memoirs", "locator", "x".repeat(101)), "locator", "at most 100 characters");
        refused(Map.of("source", "memoirs", "verifiedOn", "11/12/1989"), "verifiedOn", "must be a date like");
    }

    @Test
    void aBadEditIsRefusedAndTheCitationIsLeftAsItWas() {
        long id = ids().get(0);
        String version = version(id);
        String page = form().formParams(Map.of("source", "memoirs", "shot", "prologue-taxi-1", "status", "verified",
                "verifiedBy", "", "version", version)).post(scene + "/citations/" + id).then().statusCode(422)
                .extract().asString();
        Document refused = Jsoup.parse(page);
        assertThat(refused.selectFirst("#citation-form-" + id + "-shot-error").text()).contains("has no shot");
        assertThat(refused.selectFirst("#citation-form-" + id + "-verifiedBy-error").text()).contains("is required");
        assertThat(version(id)).isEqualTo(version);
        assertThat(SergeFilm.query(() -> ((Citation) Citation.findById(id)).source.key)).isEqualTo("talk-life-of-serge");
    }

    @Test
    void citationsOfAnotherSceneOrFilmAreNotFound() {
        long id = ids().get(0);
        given().get("/films/" + slug + "/scenes/prologue-taxi/citations/" + id).then().statusCode(404);
        given().get(scene + "/citations/999999999").then().statusCode(404);
        given().get("/films/no-such-film/scenes/orenburg-arrest/citations/" + id).then().statusCode(404);
    }

    private void refused(Map<String, String> fields, String field, String message) {
        long before = count();
        Map<String, String> all = new HashMap<>(Map.of("source", "", "testimony", "", "status", "unverified"));
        all.putAll(fields);
        String page = form().formParams(all).post(scene + "/citations").then().statusCode(422).extract().asString();
        Document refused = Jsoup.parse(page);
        Element error = refused.selectFirst("#new-citation-" + field + "-error");
        assertThat(error).as(field + " for " + fields.keySet()).isNotNull();
        assertThat(error.text()).contains(message);
        assertThat(refused.selectFirst("details.new-citation").hasAttr("open")).isTrue();
        assertThat(count()).as("nothing saved").isEqualTo(before);
    }

    private void add(Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(Map.of("source", "", "testimony", "", "status", "unverified"));
        all.putAll(fields);
        form().formParams(all).redirects().follow(false).post(scene + "/citations").then().statusCode(303);
    }

    private long count() {
        return SergeFilm.query(() -> Citation.count("scene.sequence.film.slug", slug));
    }

    private List<Long> ids() {
        return SergeFilm.query(() -> Citation.<Citation>list("scene.key = ?1 and scene.sequence.film.slug = ?2"
                + " order by position", "orenburg-arrest", slug).stream().map(c -> c.id).toList());
    }

    private List<Integer> positions() {
        return SergeFilm.query(() -> Citation.<Citation>list("scene.key = ?1 and scene.sequence.film.slug = ?2"
                + " order by position", "orenburg-arrest", slug).stream().map(c -> c.position).toList());
    }

    private static String version(long id) {
        return SergeFilm.query(() -> String.valueOf(((Citation) Citation.findById(id)).version));
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
