package witness.search;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.FilmBuilder;
import witness.testing.FilmCopies;
import witness.film.Scene;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** One box across the film: what a researcher types, what comes back, and what is marked. */
@QuarkusTest
class SearchTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aNameIsFoundWhateverItsAccentsAndCase() {
        Document page = Pages.get("/films/victor-serge/search?q=SEJOURNE");

        assertThat(page.select("#results-people .hit-title").eachText()).contains("Laurette Séjourné");
        assertThat(page.select("#results-people .hit-title mark").eachText()).contains("Séjourné");
        assertThat(page.select("#results-people a.hit-title").eachAttr("href"))
                .contains("/films/victor-serge/people/laurette-sejourne");
        assertThat(page.select("#search-q").val()).isEqualTo("SEJOURNE");
    }

    @Test
    void everyWordMustAppearInTheSameItem() {
        Document gorkin = Pages.get("/films/victor-serge/search?q=gorkin");
        Document corpse = Pages.get("/films/victor-serge/search?q=gorkin corpse");

        assertThat(gorkin.select("#results-testimonies .hit")).isNotEmpty();
        assertThat(corpse.select(".hit")).isNotEmpty();
        assertThat(corpse.select(".hit").size()).isLessThan(gorkin.select(".hit").size());
        assertThat(corpse.select(".hit")).allSatisfy(hit ->
                assertThat(hit.text().toLowerCase()).contains("gorkin").contains("corpse"));
        // the research log's findings are Markdown: their passage shows the words, not the marks
        assertThat(gorkin.select("#results-research-log .snippet").eachText())
                .anyMatch(text -> text.contains("Julian Gorkin")).noneMatch(text -> text.contains("**"));
    }

    @Test
    void scenesSourcesAndTheResearchLogAreSearchedWithTheirPassagesMarked() {
        Document page = Pages.get("/films/victor-serge/search?q=paricutin");

        assertThat(page.select("#results-scenes a.hit-title").eachAttr("href"))
                .anyMatch(h -> h.startsWith("/films/victor-serge/scenes/"));
        assertThat(page.select("#results-research-log a.hit-title").eachAttr("href"))
                .allMatch(h -> h.matches("/films/victor-serge/research-log/\\d+"));
        assertThat(page.select("#results-sources .hit")).isNotEmpty();
        assertThat(page.select(".hit mark")).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.text()).containsIgnoringCase("paricut"));
        assertThat(page.select("#search-summary").text()).matches("\\d+ matches for “paricutin”:.*");
    }

    @Test
    void followUpsOfTheResearchLogAreSearched() {
        Document followUp = Pages.get("/films/victor-serge/search?q=editor's");
        assertThat(followUp.select("#results-research-log .snippet mark").eachText()).contains("editor's");
    }

    @Test
    void transcriptLinesAreFoundAndLeadToTheLineInTheTranscript() {
        String slug = FilmCopies.ofSerge("search-transcripts");
        given().contentType("text/plain; charset=UTF-8").body("""
                [00:12:31] VLADY: My father wrote every night in Orenburg by a paraffin lamp.
                [00:12:48] VLADY: The manuscripts were taken at the border.
                """.getBytes(UTF_8)).post("/api/films/{slug}/interviews/vlady/transcript", slug)
                .then().statusCode(200);

        Document page = Pages.get("/films/" + slug + "/search?q=paraffin");

        assertThat(page.select("#results-transcripts .hit")).hasSize(1);
        assertThat(page.select("#results-transcripts a.hit-title").attr("href"))
                .isEqualTo("/films/" + slug + "/interviews/vlady/transcript?q=paraffin#line-1");
        assertThat(page.select("#results-transcripts .hit-title").text()).contains("00:12:31");
        assertThat(page.select("#results-transcripts .snippet mark").text()).isEqualTo("paraffin");
    }

    @Test
    void theSearchIsEscapedAndLikeWildcardsAreOrdinaryCharacters() {
        Document script = Pages.get("/films/victor-serge/search?q=<script>alert(1)</script>");
        assertThat(script.select("script:not([src])")).isEmpty();
        assertThat(script.select("#search-summary").text()).contains("<script>alert(1)</script>");

        assertThat(Pages.get("/films/victor-serge/search?q=%25").select(".hit")).isEmpty();
        assertThat(Pages.get("/films/victor-serge/search?q=_").select(".hit")).isEmpty();
    }

    @Test
    void anEmptySearchSaysWhatToDoAndNothingFoundSaysSo() {
        Document empty = Pages.get("/films/victor-serge/search");
        assertThat(empty.select("p.empty").text()).contains("every word must appear");

        Document none = Pages.get("/films/victor-serge/search?q=zeppelin");
        assertThat(none.select("#search-summary").text()).startsWith("Nothing in");
        assertThat(none.select(".search-group")).isEmpty();
    }

    @Test
    void theHeaderOfEveryFilmPageHoldsTheSearchBox() {
        Document structure = Pages.get("/films/victor-serge");
        assertThat(structure.select("form.site-search").attr("action")).isEqualTo("/films/victor-serge/search");
        assertThat(structure.select("form.site-search input[name=q]")).hasSize(1);
    }

    @Test
    void aTooLongSearchIsRefusedAndAnUnknownFilmIsNotFound() {
        given().get("/films/victor-serge/search?q=" + "a".repeat(201)).then().statusCode(400)
                .body(containsString("q: a search is at most 200 characters"));
        given().get("/films/atlantis/search?q=serge").then().statusCode(404);
    }

    @Test
    void anItemIsFoundByWhatItSaysNowNotByWhatItSaidBefore() {
        String slug = FilmCopies.ofSerge("search");
        Document gorkin = Pages.get("/films/{slug}/people/julian-gorkin", slug);
        given().contentType(FORM).formParams(Map.of("version", gorkin.select("form#edit-person input[name=version]").val(),
                "name", "Julián Gómez", "relation", "POUM leader, friend in Mexico",
                "role", gorkin.select("#edit-person-role option[selected]").val(),
                "alive", gorkin.select("#edit-person-alive option[selected]").val(),
                "notes", "Wrote of the murals of Tepoztlán.")).redirects().follow(false)
                .post("/films/" + slug + "/people/julian-gorkin").then().statusCode(303);

        Document renamed = Pages.get("/films/{slug}/search?q=gomez tepoztlan", slug);
        assertThat(renamed.select("#results-people .hit-title").eachText()).containsExactly("Julián Gómez");
        // his testimonies are found by the speaker's new name
        assertThat(Pages.get("/films/{slug}/search?q=gomez", slug).select("#results-testimonies .hit")).isNotEmpty();
        assertThat(Pages.get("/films/{slug}/search?q=julian gorkin", slug).select("#results-people .hit-title")
                .eachText()).doesNotContain("Julián Gómez");
    }

    @Test
    void itemsWrittenBeforeTheSearchTextWasKeptGetItAtStartAndKeepTheirVersion() {
        String slug = FilmCopies.ofSerge("search");
        long version = SergeFilm.query(() -> scene(slug).version);
        QuarkusTransaction.requiringNew().run(() -> Scene.getEntityManager().createNativeQuery(
                "update scene set search_text = null where sequence_id in (select q.id from film_sequence q"
                        + " join film f on q.film_id = f.id where f.slug = ?1)").setParameter(1, slug).executeUpdate());
        assertThat(Pages.rendered("/films/{slug}/search?q=paricutin", slug).select("#results-scenes .hit")).isEmpty();

        long filled = QuarkusTransaction.requiringNew().call(() -> SearchTexts.fill(Scene.class));

        assertThat(filled).isGreaterThanOrEqualTo(SergeFilm.query(() -> Scene.count("sequence.film.slug", slug)));
        assertThat(Pages.rendered("/films/{slug}/search?q=paricutin", slug).select("#results-scenes .hit")).isNotEmpty();
        assertThat(SergeFilm.query(() -> scene(slug).version)).isEqualTo(version);
    }

    private static Scene scene(String slug) {
        return Scene.<Scene>find("sequence.film.slug = ?1 and key = 'mexico-paricutin'", slug).firstResult();
    }

    @Test
    void aSearchAsksAsManyQuestionsOfALargeFilmAsOfASmallOne() {
        String small = FilmBuilder.withShots("search-10", 10);
        String large = FilmBuilder.withShots("search-1000", 1000);

        long forSmall = statements("/films/" + small + "/search?q=shot");
        long forLarge = statements("/films/" + large + "/search?q=shot");

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).isBetween(1L, 15L);
    }

    private long statements(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Pages.rendered(path);
        return statistics.getPrepareStatementCount();
    }
}
