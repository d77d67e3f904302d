package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.testing.Pages;

/** The sources of the Serge film as the dossier has them: the list, its filters, and where each is cited. */
@QuarkusTest
class SourcePageTest {
    @Inject
    EntityManagerFactory factory;

    @Test
    void gorkinsTestimonyListsItsCitationsShotsTestimonyEventAndLogEntry() {
        Document page = Pages.get("/films/victor-serge/sources/gorkin-testimony");

        assertThat(page.select("h1").text()).startsWith("[Written testimony on the death of Victor Serge");
        assertThat(page.select("dd.author").eachText()).containsExactly("Julian Gorkin");
        assertThat(page.select("dd.clearance").text()).isEqualTo("to clear");
        Element citations = page.selectFirst("table.source-citations");
        assertThat(citations.select("td.scene a").eachAttr("href")).isNotEmpty()
                .allMatch(h -> h.equals("/films/victor-serge/scenes/prologue-corpse"));
        assertThat(citations.select("td.scene").text()).contains("Gorkin's description of the corpse");
        assertThat(citations.select("td.claim").text()).contains("Where and when Gorkin published the description");
        assertThat(citations.select("td.verification").text()).contains("unverified");
        assertThat(page.select(".source-shots a[href=/films/victor-serge/shots/prologue-corpse-2]")).hasSize(1);
        assertThat(page.select(".source-testimonies #testimony-gorkin-corpse").text())
                .startsWith("Julian Gorkin: His upturned soles had holes in them");
        assertThat(page.select(".source-events #event-death-mexico-city")).hasSize(1);
        assertThat(page.select(".source-log").text()).isNotEmpty();
        assertThat(page.select("#edit-source-type option[selected]").val()).isEqualTo("document");
        assertThat(page.select("a[href=/films/victor-serge/sources/gorkin-testimony/delete]")).hasSize(1);
    }

    @Test
    void aSourceOfAnUncommonTypeKeepsItInTheForm() {
        Document page = Pages.get("/films/victor-serge/sources/l-anarchie");
        assertThat(page.select("#edit-source-type option[selected]").val()).isEqualTo("periodical");
    }

    @Test
    void theListLinksEachSourceTheZoteroImportAndTheDownloads() {
        Document list = Pages.get("/films/victor-serge/sources");

        assertThat(list.select("a[href=/films/victor-serge/sources/import]").text()).isEqualTo("Import from Zotero");
        assertThat(list.select("a[href=/films/victor-serge/sources.csl.json]")).hasSize(1);
        assertThat(list.select("a[href=/films/victor-serge/sources.bib]")).hasSize(1);
        assertThat(list.select("table.sources tbody tr")).hasSize(27);
        Element memoirs = list.selectFirst("#source-memoirs");
        assertThat(memoirs.select("a").attr("href")).isEqualTo("/films/victor-serge/sources/memoirs");
        assertThat(memoirs.select(".names").text()).isEqualTo("Victor Serge");
        assertThat(memoirs.select(".type").text()).isEqualTo("book");
        assertThat(memoirs.select(".clearance").text()).isEqualTo("to clear");
        // types as people say them, not as CSL codes them
        assertThat(list.selectFirst("#source-newsreel-paricutin-1943 .type").text()).isEqualTo("film or footage");
        assertThat(list.select("td.type").eachText()).noneMatch(type -> type.contains("_") || type.contains("-"));
        assertThat(Pages.get("/films/victor-serge/sources/newsreel-paricutin-1943").select("dd.type").text())
                .isEqualTo("film or footage");
    }

    @Test
    void theListIsFilteredByClearanceAndType() {
        Document notNeeded = Pages.get("/films/victor-serge/sources?clearance=not-needed");
        assertThat(notNeeded.select("table.sources tbody tr").eachAttr("id")).containsExactlyInAnyOrder(
                "source-orenburg-manuscripts", "source-rolland-manuscripts", "source-talk-life-of-serge",
                "source-year-two-notes");
        assertThat(notNeeded.select("select[name=clearance] option[selected]").val()).isEqualTo("not-needed");

        Document manuscripts = Pages.get("/films/victor-serge/sources?type=manuscript&clearance=not-needed");
        assertThat(manuscripts.select("table.sources tbody tr").eachAttr("id")).containsExactlyInAnyOrder(
                "source-orenburg-manuscripts", "source-rolland-manuscripts", "source-year-two-notes");
        assertThat(Pages.get("/films/victor-serge/sources?type=graphic").select("table.sources tbody tr")).hasSize(7);
        assertThat(Pages.get("/films/victor-serge/sources?type=thesis").select("p.empty").text())
                .startsWith("No source matches");

        given().get("/films/victor-serge/sources?clearance=maybe").then().statusCode(400)
                .body(containsString("clearance: 'maybe' is not one of"));
        given().get("/films/victor-serge/sources?type=hologram").then().statusCode(400)
                .body(containsString("type: 'hologram' is not a CSL type"));
    }

    @Test
    void anUnknownSourceOrFilmIsNotFound() {
        given().get("/films/victor-serge/sources/no-such-book").then().statusCode(404);
        given().get("/films/no-such-film/sources").then().statusCode(404);
    }

    @Test
    void theSourcePageNeedsAsManyStatementsWhereverTheSourceIsCited() {
        long uncited = statements("/films/victor-serge/sources/revolution-betrayed-fr");
        long citedOnce = statements("/films/victor-serge/sources/pravda-1929-roussakov");
        long citedEverywhere = statements("/films/victor-serge/sources/talk-life-of-serge");
        assertThat(uncited).as("statistics are on, and the page needs only a few queries").isBetween(1L, 12L);
        assertThat(citedEverywhere).isEqualTo(citedOnce).isEqualTo(uncited);
        // (one more than the page's own: the logged-in user is read on every request)
        assertThat(statements("/films/victor-serge/sources")).isBetween(1L, 7L);
    }

    private long statements(String path) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        Pages.rendered(path);
        statistics.clear();
        Pages.rendered(path);
        return statistics.getPrepareStatementCount();
    }
}
