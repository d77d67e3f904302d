package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.source.ClearanceStatus;
import witness.source.Source;
import witness.source.SourceName;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.web.ListPage;

/**
 * A long list of sources (a series' thousands of archive items) opens a hundred at a time, by title, its filters
 * kept from page to page; the words box finds a source on any page by its title, archive or an author's name.
 */
@QuarkusTest
class SourcePagesTest {
    static final int ADDED = 230;
    static String slug;
    static int total;

    @BeforeAll
    static void aSeriesOfArchiveItems() {
        slug = FilmCopies.ofSerge("source-pages");
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.bySlug(slug).orElseThrow();
            for (int i = 0; i < ADDED; i++) {
                Source s = new Source();
                s.film = film;
                s.key = "reel-" + i;
                s.type = "motion_picture";
                s.title = String.format("Newsreel reel %03d", i);
                s.archive = i == 117 ? "Gosfilmofond" : "British Pathé";
                s.clearance = i % 2 == 0 ? ClearanceStatus.CLEARED : ClearanceStatus.REQUESTED;
                s.names = List.of(new SourceName(SourceName.AUTHOR, i == 201 ? "Zhdanova" : "Pathé", "Camera", null));
                s.persist();
            }
        });
        total = (int) (long) QuarkusTransaction.requiringNew().call(() -> Source.count("film.slug", slug));
    }

    @Test
    void theFirstPageShowsAHundredSourcesAndLinksToTheNext() {
        Document page = Pages.get("/films/" + slug + "/sources");

        assertThat(page.select("table.sources tbody tr")).hasSize(ListPage.SIZE);
        assertThat(page.select("nav.pager").first().text()).startsWith("Sources 1–100 of " + total);
        assertThat(page.select("nav.pager")).hasSize(2);
        assertThat(page.select("nav.pager a[rel=prev]")).isEmpty();
        assertThat(page.select("nav.pager a[rel=next]").first().attr("href")).isEqualTo("?page=2");
    }

    @Test
    void theLastPageShowsWhatIsLeft() {
        int last = (total + ListPage.SIZE - 1) / ListPage.SIZE;
        Document page = Pages.get("/films/" + slug + "/sources?page=" + last);

        assertThat(page.select("table.sources tbody tr")).hasSize(total - (last - 1) * ListPage.SIZE);
        assertThat(page.select("nav.pager a[rel=next]")).isEmpty();
    }

    @Test
    void aFilterIsKeptFromPageToPage() {
        Document page = Pages.get("/films/" + slug + "/sources?clearance=requested&page=1");

        assertThat(page.select("table.sources td.clearance").eachText()).containsOnly("requested");
        assertThat(page.select("nav.pager a[rel=next]").first().attr("href"))
                .isEqualTo("?clearance=requested&page=2");
    }

    @Test
    void theWordsBoxFindsASourceOnAnyPageByTitleArchiveOrAuthor() {
        assertThat(titles("?q=reel 117")).containsExactly("Newsreel reel 117");
        assertThat(titles("?q=gosfilmofond")).containsExactly("Newsreel reel 117");
        assertThat(titles("?q=zhdanova")).containsExactly("Newsreel reel 201");
        assertThat(titles("?q=newsreel&clearance=cleared")).hasSize(ListPage.SIZE);
        Document none = Pages.get("/films/" + slug + "/sources?q=nowhere-at-all");
        assertThat(none.select(".empty").text()).contains("No source matches");
        assertThat(none.select("form.filters input[name=q]").val()).isEqualTo("nowhere-at-all");
    }

    @Test
    void aSearchLongerThanTwoHundredCharactersIsRefusedNamingTheField() {
        given().get("/films/{slug}/sources?q=" + "word ".repeat(41), slug).then().statusCode(400)
                .body(containsString("q"), containsString("at most 200 characters"));
    }

    @Test
    void aPageThatIsNotANumberIsRefusedNamingTheField() {
        given().get("/films/{slug}/sources?page=two", slug).then().statusCode(400)
                .body(containsString("page"), containsString("not a page number"));
    }

    private static List<String> titles(String query) {
        return Pages.get("/films/" + slug + "/sources" + query).select("table.sources cite").eachText();
    }
}
