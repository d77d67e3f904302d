package witness.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import witness.testing.Pages;

/** Every area of the film has a page with a title and heading, showing the dossier's data. */
@QuarkusTest
class AreaPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "/shots", "/interviews", "/people", "/sources", "/research-log", "/locations",
            "/schedules", "/chronology", "/exports", "/testimonies", "/bibliography", "/clearances", "/coverage",
            "/search?q=serge"})
    void everyAreaHasATitleAHeadingAndTheNavigation(String area) {
        Document page = Pages.get("/films/victor-serge" + area);

        assertThat(page.title()).endsWith(" · Witness").contains("Victor Serge");
        assertThat(page.select("main h1")).hasSize(1);
        // tests sign in as a producer, who also sees the deleted items
        assertThat(page.select("nav.site-nav a")).hasSize(15);
    }

    @Test
    void theStructureShowsSequencesAndScenesInOrder() {
        Document page = Pages.get("/films/victor-serge");

        assertThat(page.select("section.sequence > h3").eachText()).hasSize(3);
        assertThat(page.select("tr.scene td:first-child").eachText()).startsWith("1.1", "1.2");
    }

    @Test
    void theInterviewsBoardHasAColumnPerStatusWithVladyAndJeannine() {
        Document page = Pages.get("/films/victor-serge/interviews");

        assertThat(page.select("section.board-column")).hasSize(8);
        assertThat(page.select("#status-pre-interviewed .card h3").eachText())
                .contains("Vlady Kibalchich", "Jeannine Kibalchich");
    }

    @Test
    void theSourcesMarkTheConfiscatedManuscriptsAsLost() {
        Document page = Pages.get("/films/victor-serge/sources");

        assertThat(page.select("tr:has(strong.lost)").text()).containsIgnoringCase("Orenburg");
    }

    @Test
    void theChronologyRunsFromBrusselsToMexicoCityWithItsPrecision() {
        Document page = Pages.get("/films/victor-serge/chronology");

        assertThat(page.select("li:contains(Brussels) time").eachText()).contains("30 December 1890");
        assertThat(page.select("ol.chronology li").last().select("time").text()).isEqualTo("17 November 1947");
        assertThat(page.select("li[data-precision=year]")).isNotEmpty();
    }

    @Test
    void theSchedulesShowTheOrenburgAndMexicoShoots() {
        Document page = Pages.get("/films/victor-serge/schedules");

        assertThat(page.select("section.schedule h2").eachText()).contains("Orenburg shoot", "Mexico shoot");
        assertThat(page.select("table.shoot-days tbody tr")).isNotEmpty();
    }

    @Test
    void thePeopleAndLocationsAreListed() {
        assertThat(Pages.get("/films/victor-serge/people").select("#person-julian-gorkin").text())
                .contains("Gorkin", "witness", "deceased");
        assertThat(Pages.get("/films/victor-serge/locations").select("tbody tr").text())
                .contains("Orenburg", "Paricutin", "Mexico City");
    }

    @Test
    void theExportsPageOffersTheDossier() {
        assertThat(Pages.get("/films/victor-serge/exports").select("a.download").eachAttr("href"))
                .contains("/films/victor-serge/dossier.zip");
    }

    @Test
    void healthIsUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
