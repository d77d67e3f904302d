package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.web.ListPage;

/** A long research log opens a hundred entries at a time, newest first, its filters kept from page to page. */
@QuarkusTest
class ResearchLogPagingTest {
    static final int ADDED = 230;
    static String slug;
    static int total;

    @BeforeAll
    static void aLogOfYears() {
        slug = FilmCopies.ofSerge("log-pages");
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.bySlug(slug).orElseThrow();
            for (int i = 0; i < ADDED; i++) {
                ResearchLogEntry entry = new ResearchLogEntry();
                entry.film = film;
                entry.date = LocalDate.of(1991, 1, 1).plusDays(i);
                entry.researcher = i % 2 == 0 ? "Susan Weissman" : "Richard Greeman";
                entry.kind = ResearchKind.values()[0];
                entry.summary = "Archive visit " + (i + 1);
                entry.persist();
            }
        });
        total = (int) (long) QuarkusTransaction.requiringNew().call(
                () -> ResearchLogEntry.count("film.slug", slug));
    }

    @Test
    void theFirstPageShowsTheNewestHundredAndLinksToTheOlderOnes() {
        Document page = Pages.get("/films/" + slug + "/research-log");

        assertThat(page.select("article.log-entry")).hasSize(ListPage.SIZE);
        assertThat(page.select("article.log-entry h2").first().text()).endsWith("Archive visit " + ADDED);
        assertThat(page.select("nav.pager").first().text()).startsWith("Entries 1–100 of " + total);
        assertThat(page.select("nav.pager a[rel=prev]")).isEmpty();
        assertThat(page.select("nav.pager a[rel=next]").first().attr("href")).isEqualTo("?page=2");
    }

    @Test
    void theLastPageShowsWhatIsLeftAndAPageBeyondItShowsTheLast() {
        int last = (total + ListPage.SIZE - 1) / ListPage.SIZE;
        Document page = Pages.get("/films/" + slug + "/research-log?page=" + last);

        assertThat(page.select("article.log-entry")).hasSize(total - (last - 1) * ListPage.SIZE);
        assertThat(page.select("nav.pager a[rel=next]")).isEmpty();
        assertThat(page.select("nav.pager a[rel=prev]").first().attr("href")).isEqualTo("?page=" + (last - 1));
        assertThat(Pages.get("/films/" + slug + "/research-log?page=" + (last + 5)).select("nav.pager").first().text())
                .startsWith("Entries " + ((last - 1) * ListPage.SIZE + 1) + "–" + total);
    }

    @Test
    void aFilteredLogKeepsItsFilterFromPageToPage() {
        Document page = Pages.get("/films/" + slug + "/research-log?researcher=Susan Weissman&page=2");

        assertThat(page.select("article.log-entry .meta").eachText()).allMatch(m -> m.startsWith("Susan Weissman"));
        assertThat(page.select("nav.pager a[rel=prev]").first().attr("href"))
                .isEqualTo("?researcher=Susan+Weissman&page=1");
    }

    @Test
    void aPageThatIsNotANumberIsRefusedNamingTheField() {
        given().get("/films/{slug}/research-log?page=zero", slug).then().statusCode(400)
                .body(containsString("page"), containsString("not a page number"));
        given().get("/films/{slug}/research-log?page=0", slug).then().statusCode(400);
    }
}
