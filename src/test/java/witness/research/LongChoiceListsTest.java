package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Shot;
import witness.interview.Testimony;
import witness.sample.SyntheticFilm;
import witness.source.Source;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/**
 * On a long series (more than a hundred sources or testimonies) a form does not list thousands of them: a search
 * box beside the list fills it with those whose words match as one types, and without script the words typed
 * choose the one source or testimony they find. A film of few keeps its whole lists.
 */
@QuarkusTest
class LongChoiceListsTest {
    private static final String SLUG = "long-choice-lists";
    private static final SyntheticFilm.Size SIZE = new SyntheticFilm.Size(2, 3, 4, 40, 20, 150, 30, 10, 4, 5);
    private static String scene;
    private static String shot;

    @Inject
    SyntheticFilm synthetic;

    @BeforeEach
    synchronized void aLongSeriesWithTwoSourcesOfSergeAndOneTestimonyOfVlady() {
        if (scene != null) {
            return;
        }
        synthetic.generate(SLUG, SIZE);
        addSource("Carnets de l'été 1936", "Serge, Victor", "1936", "RGASPI 495-1-2");
        addSource("Les Derniers Temps", "Serge, Victor", "1946", "");
        form().formParams(Map.of("person", person(), "source", "", "interview", interview(), "timecodeIn", "00:01:00",
                "timecodeOut", "00:01:20", "text", "My father drew the Orenburg streets from memory."))
                .redirects().follow(false).post("/films/{slug}/testimonies", SLUG).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.bySlug(SLUG).orElseThrow();
            scene = Scene.<Scene>find("sequence.film = ?1 order by sequence.position, position", film).firstResult().key;
            shot = Shot.<Shot>find("scene.sequence.film = ?1 order by id", film).firstResult().key;
            assertThat(Source.count("film", film)).isGreaterThan(100);
            assertThat(Testimony.count("film", film)).isGreaterThan(100);
        });
    }

    @Test
    void theSceneFormsSearchInsteadOfListingEverySourceAndTestimony() {
        Document page = Pages.get("/films/{slug}/scenes/{scene}", SLUG, scene);
        assertThat(page.select("#new-citation-findSource").attr("hx-get")).isEqualTo("/films/" + SLUG + "/choices/sources");
        assertThat(page.select("#new-citation-findSource").attr("hx-target")).isEqualTo("#new-citation-source");
        assertThat(page.select("#new-citation-source option")).hasSize(1);
        assertThat(page.select("#new-citation-findTestimony").attr("hx-get"))
                .isEqualTo("/films/" + SLUG + "/choices/testimonies");
        assertThat(page.select("#new-citation-testimony option")).hasSize(1);
        assertThat(page.select("#place-testimony-find").attr("hx-target")).isEqualTo("#place-testimony-testimony");
        assertThat(page.select("#place-testimony-testimony option")).hasSize(1);
    }

    @Test
    void theListFillsWithTheSourcesWhoseWordsMatchAccentsAndCaseAside() {
        Document one = options("/films/{slug}/choices/sources?findSource=carnets ETE", SLUG);
        assertThat(one.select("option").eachText())
                .containsExactly("— none —", "Carnets de l'été 1936 — Victor Serge (1936)");
        assertThat(one.select("option[selected]").val()).as("the only match is chosen").isNotEmpty();

        Document two = options("/films/{slug}/choices/sources?findSource=serge victor", SLUG);
        assertThat(two.select("option").eachText()).contains("Les Derniers Temps — Victor Serge (1946)")
                .first().asString().endsWith("sources match —");
        assertThat(two.select("option[selected]")).isEmpty();

        assertThat(options("/films/{slug}/choices/sources?findSource=495-1-2", SLUG).select("option").eachText())
                .as("by call number").contains("Carnets de l'été 1936 — Victor Serge (1936)");
        assertThat(options("/films/{slug}/choices/sources?findSource=zzzz", SLUG).select("option").eachText())
                .containsExactly("— no source matches —");
        assertThat(options("/films/{slug}/choices/testimonies?findTestimony=orenburg streets", SLUG)
                .select("option").eachText()).hasSize(2).last().asString().contains("My father drew the Orenburg");
    }

    @Test
    void withoutScriptTheWordsTypedCiteTheOnlySourceTheyFind() {
        form().formParams(Map.of("source", "", "findSource", "derniers temps", "testimony", "", "status", "unverified"))
                .redirects().follow(false).post("/films/{slug}/scenes/{scene}/citations", SLUG, scene).then()
                .statusCode(303);
        assertThat(Pages.get("/films/{slug}/scenes/{scene}", SLUG, scene).select("ol.footnotes .cited").eachText())
                .anyMatch(cited -> cited.contains("Les Derniers Temps"));
    }

    @Test
    void wordsThatFindNoSourceOrSeveralAreRefusedOnTheSourceField() {
        Document none = refused(Map.of("source", "", "findSource", "zzzz", "testimony", "", "status", "unverified"));
        assertThat(none.select("#new-citation-source-error").text()).isEqualTo("Source: no source of this film matches 'zzzz'");
        assertThat(none.select("#new-citation-findSource").val()).as("what was typed stays").isEqualTo("zzzz");

        Document several = refused(Map.of("source", "", "findSource", "Serge Victor", "testimony", "",
                "status", "unverified"));
        assertThat(several.select("#new-citation-source-error").text())
                .matches("Source: 'Serge Victor' matches (\\d+|more than 20) sources: choose one in the list");
        assertThat(several.select("#new-citation-source option").eachText())
                .as("the list holds what the words find").contains("Les Derniers Temps — Victor Serge (1946)",
                        "Carnets de l'été 1936 — Victor Serge (1936)");
    }

    @Test
    void aTestimonyIsPlacedInTheSceneByItsWords() {
        Document page = Pages.get("/films/{slug}/scenes/{scene}", SLUG, scene);
        String version = page.select("#place-testimony input[name=version]").val();
        form().formParams(Map.of("testimony", "", "findTestimony", "father drew", "version", version))
                .redirects().follow(false).post("/films/{slug}/scenes/{scene}/testimonies", SLUG, scene).then()
                .statusCode(303);
        assertThat(Pages.get("/films/{slug}/scenes/{scene}", SLUG, scene).select("#paper-edit blockquote").eachText())
                .contains("My father drew the Orenburg streets from memory.");

        String html = form().formParams(Map.of("testimony", "", "findTestimony", "zzzz", "version", version))
                .post("/films/{slug}/scenes/{scene}/testimonies", SLUG, scene).then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(html).select("#place-testimony-testimony-error").text())
                .isEqualTo("Testimony: no testimony of this film matches 'zzzz'");
    }

    @Test
    void theShotEditorAndTheTestimonyFormFindTheirSourceByWordsToo() {
        Document editor = Pages.get("/films/{slug}/shots/{shot}/edit", SLUG, shot);
        assertThat(editor.select("input[name=findSource]").attr("hx-get")).isEqualTo("/films/" + SLUG + "/choices/sources");
        assertThat(editor.select("select[name=source] option").size()).isLessThanOrEqualTo(2);
        Map<String, String> fields = new HashMap<>();
        editor.select("form input[name], form select[name], form textarea[name]").forEach(field -> fields.put(
                field.attr("name"), field.is("select") ? field.select("option[selected]").val() : field.val()));
        fields.put("source", "");
        fields.put("findSource", "derniers temps 1946");
        form().formParams(fields).redirects().follow(false).post("/films/{slug}/shots/{shot}", SLUG, shot).then()
                .statusCode(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Shot.<Shot>find(
                "key = ?1 and scene.sequence.film.slug = ?2", shot, SLUG).firstResult().source.title))
                .isEqualTo("Les Derniers Temps");

        Document testimonies = Pages.get("/films/{slug}/testimonies", SLUG);
        assertThat(testimonies.select("#new-testimony-findSource")).hasSize(1);
        assertThat(testimonies.select("#new-testimony-source option")).hasSize(1);

        form().formParams(Map.of("person", person(), "source", "", "findSource", "carnets 1936", "page", "12",
                "interview", "", "text", "Nous étions trois dans la cellule."))
                .redirects().follow(false).post("/films/{slug}/testimonies", SLUG).then().statusCode(303);
        assertThat(Pages.get("/films/{slug}/testimonies", SLUG).select("td, li, p").eachText())
                .anyMatch(text -> text.contains("Carnets de l'été 1936"));
    }

    @Test
    void theResearchLogAndTheChronologyLinkTheSourcesTheirWordsFindToThosePicked() {
        Document page = Pages.get("/films/{slug}/research-log/new", SLUG);
        assertThat(page.select("#new-entry-findSource").attr("hx-get"))
                .isEqualTo("/films/" + SLUG + "/choices/sources?multiple=true");
        assertThat(page.select("#new-entry-findSource").attr("hx-include")).isEqualTo("#new-entry-source");
        assertThat(page.select("#new-entry-source option")).isEmpty();
        String carnets = options("/films/{slug}/choices/sources?findSource=carnets", SLUG).select("option[selected]")
                .val();

        Document kept = options("/films/{slug}/choices/sources?findSource=derniers&source={key}&multiple=true", SLUG,
                carnets);
        assertThat(kept.select("option").eachText()).as("what was picked stays, picked, and no 'none' in a list of several")
                .containsExactly("Carnets de l'été 1936 — Victor Serge (1936)", "Les Derniers Temps — Victor Serge (1946)");
        assertThat(kept.select("option[selected]").eachAttr("value")).containsExactly(carnets);

        form().formParams(Map.of("date", "2024-03-01", "researcher", "Susan Weissman", "kind", "archive-visit",
                "summary", "Read the last notebooks", "source", carnets, "findSource", "derniers temps"))
                .redirects().follow(false).post("/films/{slug}/research-log", SLUG).then().statusCode(303);
        assertThat(Pages.get("/films/{slug}/research-log?source={key}", SLUG, carnets).select("li, article").eachText())
                .anyMatch(entry -> entry.contains("Read the last notebooks") && entry.contains("Les Derniers Temps"));

        form().formParams(Map.of("date", "1947-11", "description", "The last notebooks are sealed.",
                "findSource", "derniers temps")).redirects().follow(false).post("/films/{slug}/chronology", SLUG)
                .then().statusCode(303);
        assertThat(Pages.get("/films/{slug}/chronology", SLUG).select("li").eachText())
                .anyMatch(event -> event.contains("The last notebooks are sealed.") && event.contains("Les Derniers Temps"));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(Map.of("date", "1947",
                "description", "Nothing", "findSource", "Serge")).post("/films/{slug}/chronology", SLUG).then()
                .statusCode(422).body(containsString("matches"), containsString("sources: choose one in the list"));
    }

    @Test
    void aFilmOfFewListsEverySourceAndTestimony() {
        String serge = FilmCopies.ofSerge("few-choices");
        Document page = Pages.get("/films/{slug}/scenes/orenburg-arrest", serge);
        assertThat(page.select("input[name=findSource], input[name=findTestimony]")).isEmpty();
        assertThat(page.select("#new-citation-source option").size())
                .isEqualTo(1 + (int) (long) QuarkusTransaction.requiringNew().call(
                        () -> Source.count("film", Film.bySlug(serge).orElseThrow())));
    }

    private static void addSource(String title, String authors, String issued, String callNumber) {
        form().formParams(Map.of("type", "manuscript", "title", title, "authors", authors, "issued", issued,
                "callNumber", callNumber, "clearance", "not-needed")).redirects().follow(false)
                .post("/films/{slug}/sources", SLUG).then().statusCode(303);
    }

    private static String person() {
        return Pages.get("/films/{slug}/testimonies", SLUG).select("#new-testimony-person option").get(1).val();
    }

    private static String interview() {
        return Pages.get("/films/{slug}/testimonies", SLUG).select("#new-testimony-interview option").get(1).val();
    }

    private static Document options(String path, Object... params) {
        return Jsoup.parse("<select>" + given().get(path, params).then().statusCode(200).extract().asString()
                + "</select>");
    }

    private static Document refused(Map<String, String> fields) {
        String html = form().formParams(fields).post("/films/{slug}/scenes/{scene}/citations", SLUG, scene).then()
                .statusCode(422).body(containsString("Add a citation")).extract().asString();
        return Jsoup.parse(html);
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
