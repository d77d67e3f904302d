package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.source.Source;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The film's bibliography: every source in Chicago notes-bibliography style, grouped by type, lost ones marked. */
@QuarkusTest
class BibliographyTest {

    @Test
    void everySourceOnceGroupedByTypeInTheStylesOrder() {
        Document page = Pages.get("/films/{slug}/bibliography", SergeFilm.SLUG);

        assertThat(page.select("section.bibliography-group h2").eachText()).containsExactly("Books", "Articles",
                "Archive documents", "Film and broadcast", "Images", "Other");
        assertThat(page.select("ul.bibliography > li")).hasSize(27);
        assertThat(ids(page, "books")).as("by author, one author before the same with others, then title without its article")
                .containsExactly("source-annees-sans-pardon", "source-tulayev", "source-long-dusk", "source-memoirs",
                        "source-year-one", "source-life-death-trotsky", "source-revolution-betrayed-fr");
        assertThat(ids(page, "archive")).as("the style omits documents no reader can consult; listed after, as notes")
                .containsExactly("source-gorkin-testimony", "source-rolland-manuscripts", "source-orenburg-manuscripts",
                        "source-year-two-notes");
        assertThat(page.select("li.notes-only").eachAttr("id")).containsExactlyInAnyOrder("source-gorkin-testimony",
                "source-orenburg-manuscripts", "source-rolland-manuscripts", "source-year-two-notes",
                "source-talk-life-of-serge");
        assertThat(ids(page, "film")).hasSize(5);
        assertThat(ids(page, "images")).hasSize(7);
        assertThat(ids(page, "other")).containsExactly("source-talk-life-of-serge");

        Element memoirs = page.selectFirst("li#source-memoirs");
        assertThat(memoirs.text()).startsWith("Serge, Victor. Memoirs of a Revolutionary, 1901–1941. Translated by"
                + " Peter Sedgwick.");
        assertThat(memoirs.select("span.csl-italic").text()).isEqualTo("Memoirs of a Revolutionary, 1901–1941");
        assertThat(page.select("li.lost").eachAttr("id")).containsExactlyInAnyOrder("source-orenburg-manuscripts",
                "source-rolland-manuscripts", "source-year-two-notes");
        assertThat(page.select("li#source-orenburg-manuscripts .lost-mark").text()).startsWith("Lost");
        assertThat(page.select("li#source-memoirs .lost-mark")).isEmpty();
    }

    @Test
    void onlyTheSourcesScenesCiteOnRequest() {
        Document page = Pages.get("/films/{slug}/bibliography?sources=cited", SergeFilm.SLUG);

        assertThat(page.select("ul.bibliography > li").eachAttr("id")).containsExactlyInAnyOrder(
                "source-talk-life-of-serge", "source-memoirs", "source-gorkin-testimony", "source-pravda-1929-roussakov",
                "source-rolland-manuscripts", "source-year-two-notes", "source-newsreel-writers-congress-1935",
                "source-orenburg-manuscripts", "source-long-dusk", "source-tulayev", "source-newsreel-paricutin-1943",
                "source-life-death-trotsky");
        assertThat(page.select("#bibliography-scope").text()).startsWith("12 sources cited in the film’s scenes (of 27).");
        given().get("/films/{slug}/bibliography?sources=some", SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("sources: 'some' is not one of: all, cited"));
        given().get("/films/no-such-film/bibliography").then().statusCode(404);
    }

    @Test
    void aTitleWithMarkupIsShownAsText() {
        String slug = FilmCopies.ofSerge("bibliography");
        QuarkusTransaction.requiringNew().run(() -> {
            Source memoirs = Source.byKey(Film.bySlug(slug).orElseThrow(), "memoirs").orElseThrow();
            memoirs.title = "Memoirs <script>alert(1)</script>";
        });

        Document page = Pages.get("/films/{slug}/bibliography", slug);
        assertThat(page.select("li#source-memoirs script")).isEmpty();
        assertThat(page.select("li#source-memoirs").text()).contains("<Script>Alert(1)</Script>");
        Document scene = Pages.get("/films/{slug}/scenes/orenburg-arrest", slug);
        assertThat(scene.select("ol.footnotes script")).isEmpty();
        assertThat(scene.select("li#citation-3 .cited").text()).contains("Memoirs <Script>");
    }

    private static java.util.List<String> ids(Document page, String group) {
        return page.select("section#" + group + " ul.bibliography > li").eachAttr("id");
    }
}
