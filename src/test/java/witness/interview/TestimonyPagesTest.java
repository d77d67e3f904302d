package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.person.Person;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.web.ListPage;

/**
 * A long series' testimonies open a hundred at a time, by speaker; a speaker or some words narrow the list, kept
 * from page to page; a testimony just added or saved is shown on the page that holds it.
 */
@QuarkusTest
class TestimonyPagesTest {
    static final int ADDED = 230;
    static String slug;
    static int total;

    @BeforeAll
    static void aSeriesOfQuotations() {
        slug = FilmCopies.ofSerge("testimony-pages");
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.bySlug(slug).orElseThrow();
            Person vlady = Person.find("film = ?1 and key = 'vlady'", film).firstResult();
            for (int i = 0; i < ADDED; i++) {
                Testimony t = new Testimony();
                t.film = film;
                t.person = vlady;
                t.key = String.format("vlady-reel-%03d", i);
                t.page = String.valueOf(i + 1);
                t.text = i == 117 ? "My father typed at night in Coyoacán." : "We waited for the boat in Marseille.";
                t.persist();
            }
        });
        total = (int) (long) QuarkusTransaction.requiringNew().call(() -> Testimony.count("film.slug", slug));
    }

    @Test
    void theFirstPageShowsAHundredTestimoniesAndLinksToTheNext() {
        Document page = Pages.get("/films/" + slug + "/testimonies");

        assertThat(page.select("tr.testimony")).hasSize(ListPage.SIZE);
        assertThat(page.select("#testimony-count").text()).startsWith(total + " testimonies");
        assertThat(page.select("nav.pager").first().text()).startsWith("Testimonies 1–100 of " + total);
        assertThat(page.select("nav.pager a[rel=next]").first().attr("href")).isEqualTo("?page=2");
    }

    @Test
    void aSpeakerOrWordsNarrowTheListFromPageToPage() {
        Document vlady = Pages.get("/films/" + slug + "/testimonies?person=vlady&page=2");
        assertThat(vlady.select("form.filters select[name=person] option").eachText())
                .as("only the people some testimony quotes").containsExactly("Every speaker", "Julian Gorkin",
                        "Victor Serge", "Vlady Kibalchich");
        assertThat(vlady.select("tr.testimony td.speaker").eachText()).containsOnly("Vlady Kibalchich");
        assertThat(vlady.select("nav.pager a[rel=prev]").first().attr("href")).isEqualTo("?person=vlady&page=1");

        Document found = Pages.get("/films/" + slug + "/testimonies?q=coyoacan typed");
        assertThat(found.select("tr.testimony").eachAttr("id")).containsExactly("testimony-vlady-reel-117");
        assertThat(found.select("form.filters input[name=q]").val()).isEqualTo("coyoacan typed");
        assertThat(Pages.get("/films/" + slug + "/testimonies?q=nowhere").select(".empty").text())
                .contains("No testimony matches");
    }

    @Test
    void aTestimonyAddedLastInTheListIsShownOnItsPage() {
        String location = given().contentType("application/x-www-form-urlencoded").redirects().follow(false)
                .formParams(Map.of("person", "vlady", "source", "gorkin-testimony", "page", "999",
                        "text", "The last one."))
                .post("/films/{slug}/testimonies", slug).then().statusCode(303).extract().header("Location");

        int page = total / ListPage.SIZE + 1;
        assertThat(location).endsWith("/films/" + slug + "/testimonies?page=" + page + "#testimony-vlady-the-last-one");
        assertThat(Pages.get("/films/" + slug + "/testimonies?page=" + page)
                .select("tr#testimony-vlady-the-last-one")).hasSize(1);
    }

    @Test
    void aSearchLongerThanTwoHundredCharactersIsRefusedNamingTheField() {
        given().get("/films/{slug}/testimonies?q=" + "word ".repeat(41), slug).then().statusCode(400)
                .body(containsString("q"), containsString("at most 200 characters"));
    }

    @Test
    void aPageThatIsNotANumberIsRefusedNamingTheField() {
        given().get("/films/{slug}/testimonies?page=x", slug).then().statusCode(400)
                .body(containsString("page"), containsString("not a page number"));
    }
}
