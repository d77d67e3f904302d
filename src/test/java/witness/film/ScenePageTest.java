package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** A scene's page reads like the script of that scene: read-only, on the Serge film itself. */
@QuarkusTest
class ScenePageTest {
    private static final String ARREST = "/films/victor-serge/scenes/orenburg-arrest";

    @Test
    void theScenePageShowsWhatTheSceneSaysWhereAndWhen() {
        Document page = Pages.get(ARREST);

        assertThat(page.title()).startsWith("Scene 2.1 Arrest, 1933 — Victor Serge");
        assertThat(page.select("main h1").text()).isEqualTo("2.1 Arrest, 1933");
        assertThat(page.select("#scene-sequence").text()).isEqualTo("2. Orenburg exile (1933–36)");
        assertThat(page.select("#scene-setting").text()).isEqualTo("Leningrad");
        assertThat(page.select("#scene-era").text()).isEqualTo("1928–1933");
        assertThat(page.select("#scene-duration").text()).isEqualTo("2 min 30 s");
        assertThat(page.select("#scene-status").text()).isEqualTo("researched");
        assertThat(page.select("#scene-purpose").text()).startsWith("Show the pressure on Serge");
        assertThat(page.select("#scene-narration p").text()).contains("five years of resistance")
                .contains("counter-revolutionary conspiracy");
    }

    @Test
    void itsShotsAreListedInOrderWithTheirTotalAgainstTheEstimate() {
        Document page = Pages.get(ARREST);

        assertThat(page.select("tr.shot td.number").eachText())
                .containsExactly("2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5");
        Element first = page.selectFirst("tr#shot-orenburg-arrest-1");
        assertThat(first.select("td").eachText()).containsExactly("2.1.1", "location",
                "A Leningrad courtyard and the stairwell of an old communal apartment building; slow tilt up the façade.",
                "WS", "15 s", "scheduled");
        // 15 + 12 + 12 + 40 + 4 seconds, none dropped, against 150 s estimated
        assertThat(page.select("#shot-total").text()).contains("5 shots: 1 min 23 s of shots not dropped")
                .contains("estimate of 2 min 30 s");
        assertThat(page.select("#shot-total a").attr("href")).isEqualTo("/films/victor-serge/shots?sequence=orenburg");
    }

    @Test
    void itsPlacedTestimonyAndItsCitationsAsNumberedFootnotes() {
        Document page = Pages.get(ARREST);

        assertThat(page.select("li.testimony")).hasSize(1);
        assertThat(page.select("li.testimony .speaker").text()).isEqualTo("Victor Serge");
        assertThat(page.select("li.testimony blockquote").text()).startsWith("five years of resistance");

        assertThat(page.select("ol.footnotes > li")).hasSize(4);
        Element first = page.selectFirst("ol.footnotes > li#citation-1");
        assertThat(first.select(".cited").text())
                .isEqualTo("“The Life of Victor Serge,” n.d., paras. 18–21.");
        assertThat(first.select(".claim").text()).startsWith("Claim: The 1928 arrest");
        assertThat(first.select(".verification").text()).isEqualTo("verified by Research team on 11 December 1989");
        Element second = page.selectFirst("ol.footnotes > li#citation-2");
        assertThat(second.select(".cited").text()).startsWith("Victor Serge, Memoirs of a Revolutionary, 1901–1941,"
                + " trans. Peter Sedgwick (Oxford University Press, 1963)");
        assertThat(second.select(".verification").text()).isEqualTo("unverified");
    }

    @Test
    void theEventsItCoversLinkToTheChronology() {
        Document page = Pages.get(ARREST);

        assertThat(page.select("ul.events > li").eachAttr("id")).containsExactly("covered-arrest-1928",
                "covered-pravda-roussakov", "covered-arrest-1933", "covered-sentence-orenburg");
        assertThat(page.select("#covered-arrest-1933 a").attr("href"))
                .isEqualTo("/films/victor-serge/chronology#event-arrest-1933");
        assertThat(page.select("#scene-coverage").text()).startsWith("4 citations, 1 verified.");
        assertThat(page.select("form#new-citation select[name=source] option[value=memoirs]")).hasSize(1);
        assertThat(page.select("form#new-citation select[name=shot] option").eachAttr("value"))
                .contains("", "orenburg-arrest-1").doesNotContain("prologue-taxi-1");
    }

    @Test
    void theEditFormIsFilledWithTheSceneAsStored() {
        Document page = Pages.get(ARREST);

        Element form = page.selectFirst("form#edit-scene-orenburg-arrest");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(ARREST);
        assertThat(form.attr("hx-post")).isEqualTo(ARREST);
        assertThat(form.select("input[name=title]").val()).isEqualTo("Arrest, 1933");
        assertThat(form.select("input[name=estimatedSeconds]").val()).isEqualTo("2:30");
        assertThat(form.select("textarea[name=narration]").text()).startsWith("Expelled from the party");
        assertThat(form.select("select[name=status] option").eachAttr("value"))
                .containsExactly("draft", "researched", "approved");
        assertThat(form.select("select[name=status] option[selected]").val()).isEqualTo("researched");
        assertThat(form.select("select[name=sequence] option").eachAttr("value"))
                .containsExactly("prologue", "orenburg", "mexico");
        assertThat(form.select("select[name=sequence] option[selected]").val()).isEqualTo("orenburg");
        long version = SergeFilm.query(() -> Scene.byKey(Film.bySlug("victor-serge").orElseThrow(), "orenburg-arrest")
                .orElseThrow().version);
        assertThat(form.select("input[type=hidden][name=version]").val()).isEqualTo(Long.toString(version));
        assertThat(form.select("label[for=edit-scene-orenburg-arrest-title]")).hasSize(1);
        assertThat(page.select("a[href=" + ARREST + "/delete]")).hasSize(1);
    }

    @Test
    void theScenePageAndTheStructureLinkToEachOther() {
        Document scene = Pages.get(ARREST);
        assertThat(scene.select("main a[href=/films/victor-serge]")).isNotEmpty();
        assertThat(scene.select("main a[href=/films/victor-serge/sequences/orenburg]")).isNotEmpty();
        // a sequence's address is the structure's page that shows it; from a scene page, at the scene
        given().redirects().follow(false).get("/films/victor-serge/sequences/orenburg").then().statusCode(303)
                .header("Location", endsWith("/films/victor-serge#sequence-orenburg"));
        String back = scene.select("main a:contains(Back to the structure)").attr("href");
        given().redirects().follow(false).get(back).then().statusCode(303)
                .header("Location", endsWith("/films/victor-serge#scene-orenburg-arrest"));

        Document structure = Pages.get("/films/victor-serge");
        assertThat(structure.select("tr#scene-orenburg-arrest a[href=" + ARREST + "]").text()).isEqualTo("Arrest, 1933");
    }

    @Test
    void theStructureCountsEachScenesShotsAndTheirTime() {
        Document structure = Pages.get("/films/victor-serge");

        Element arrest = structure.selectFirst("tr#scene-orenburg-arrest");
        assertThat(arrest.select("td.number").text()).isEqualTo("2.1");
        assertThat(arrest.select("td.estimated").text()).isEqualTo("2 min 30 s");
        assertThat(arrest.select("td.status").text()).isEqualTo("researched");
        assertThat(arrest.select("td.shot-count").text()).isEqualTo("5");
        assertThat(arrest.select("td.shot-time").text()).isEqualTo("1 min 23 s");
        long shots = SergeFilm.query(() -> Shot.count("scene.sequence.film.slug", "victor-serge"));
        assertThat(structure.select("td.shot-count").eachText().stream().mapToLong(Long::parseLong).sum())
                .isEqualTo(shots);
    }

    @Test
    void anUnknownSceneOrFilmIsNotFound() {
        given().get("/films/victor-serge/scenes/atlantis").then().statusCode(404);
        given().get("/films/victor-serge/scenes/atlantis/delete").then().statusCode(404);
        given().get("/films/no-such-film/scenes/orenburg-arrest").then().statusCode(404);
    }
}
