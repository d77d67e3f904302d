package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.FilmBuilder;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** How many claims each scene cites and how many are verified; the scenes whose narration cites nothing. */
@QuarkusTest
class CoverageTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theSergeFilmsFiguresAreTheDossiers() {
        Document page = Pages.get("/films/{slug}/coverage", SergeFilm.SLUG);

        assertThat(page.select("#coverage-totals").text())
                .startsWith("43 citations, 22 verified, 1 disputed in 17 of 17 scenes; 17 scenes have narration.");
        assertThat(page.select("tbody tr")).hasSize(17);
        assertThat(row(page, "orenburg-arrest")).containsExactly("yes", "4", "1", "0", "3");
        assertThat(row(page, "orenburg-campaign")).containsExactly("yes", "3", "1", "1", "1");
        assertThat(row(page, "prologue-taxi")).containsExactly("yes", "2", "2", "0", "0");
        assertThat(page.select("#coverage-total td").eachText()).containsExactly("17", "43", "22", "1", "20");
        assertThat(page.select("ul.uncited-narration li")).isEmpty();
        assertThat(page.select("#uncited .empty").text()).isEqualTo("Every scene with narration cites something.");

        Document scene = Pages.get("/films/{slug}/scenes/orenburg-campaign", SergeFilm.SLUG);
        assertThat(scene.select("#scene-coverage").text()).startsWith("3 citations, 1 verified, 1 disputed.");
    }

    @Test
    void theReportListsExactlyTheScenesWithNarrationAndNoCitation() {
        String slug = FilmCopies.ofSerge("coverage");
        deleteAllCitations(slug, "prologue-taxi");
        deleteAllCitations(slug, "mexico-last-day");
        form().formParams(Map.of("source", "memoirs", "status", "verified", "verifiedBy", "Research team"))
                .redirects().follow(false).post("/films/{slug}/scenes/orenburg-exiles/citations", slug)
                .then().statusCode(303);

        Document page = Pages.get("/films/{slug}/coverage", slug);
        assertThat(page.select("ul.uncited-narration li").eachAttr("id"))
                .containsExactly("uncited-prologue-taxi", "uncited-mexico-last-day");
        assertThat(page.select("#uncited-prologue-taxi a").attr("href"))
                .isEqualTo("/films/" + slug + "/scenes/prologue-taxi#citations");
        assertThat(row(page, "orenburg-exiles")).containsExactly("yes", "2", "2", "0", "0");
        assertThat(page.select("#coverage-total td").eachText()).containsExactly("17", "40", "19", "1", "20");
        assertThat(page.select("tr.uncited").eachAttr("id"))
                .containsExactly("coverage-prologue-taxi", "coverage-mexico-last-day");
        assertThat(Pages.get("/films/{slug}/scenes/prologue-taxi", slug).select("#scene-coverage").text())
                .startsWith("No citations — the narration is not cited.");

        Document structure = Pages.get("/films/{slug}", slug);
        assertThat(structure.select("#scene-orenburg-exiles td.coverage").text()).isEqualTo("2 citations, 2 verified");
        assertThat(structure.select("tr.scene:has(td.coverage.uncited)").eachAttr("id"))
                .containsExactly("scene-prologue-taxi", "scene-mexico-last-day");
        assertThat(structure.select("#scene-prologue-taxi td.coverage").text())
                .isEqualTo("No citations narration not cited");
    }

    @Test
    void scenesWithoutNarrationAreNotUncitedNarration() {
        String slug = FilmBuilder.withShots("coverage-no-narration", 20);
        Document page = Pages.get("/films/{slug}/coverage", slug);
        assertThat(page.select("tbody tr")).hasSize(2);
        assertThat(page.select("ul.uncited-narration li")).isEmpty();
        assertThat(page.select("#coverage-totals").text()).startsWith("No citations in 0 of 2 scenes; 0 scenes have narration.");
    }

    @Test
    void theReportAsksAsManyQuestionsForAHundredScenesAsForSeventeen() {
        String large = FilmBuilder.withShots("coverage-statements", 1000);
        long forSerge = statements("/films/" + SergeFilm.SLUG + "/coverage", 17);
        long forLarge = statements("/films/" + large + "/coverage", 100);
        assertThat(forLarge).isEqualTo(forSerge);
        assertThat(forSerge).as("statistics are on, and the report needs only a few queries").isBetween(1L, 6L);
    }

    @Test
    void anUnknownFilmHasNoCoverage() {
        given().get("/films/no-such-film/coverage").then().statusCode(404);
    }

    private long statements(String path, int rows) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Document page = Pages.rendered(path);
        assertThat(page.select("tbody tr")).hasSize(rows);
        return statistics.getPrepareStatementCount();
    }

    private static List<String> row(Document page, String scene) {
        return page.select("#coverage-" + scene + " td").eachText();
    }

    private static void deleteAllCitations(String slug, String scene) {
        List<long[]> citations = SergeFilm.query(() -> Citation.<Citation>list("scene.key = ?1"
                + " and scene.sequence.film.slug = ?2", scene, slug).stream().map(c -> new long[] { c.id, c.version })
                .toList());
        for (long[] c : citations) {
            form().formParam("version", c[1]).redirects().follow(false)
                    .post("/films/{slug}/scenes/{scene}/citations/{id}/delete", slug, scene, c[0]).then().statusCode(303);
        }
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
