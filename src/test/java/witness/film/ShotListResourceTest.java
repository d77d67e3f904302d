package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.Pages;
import witness.testing.SergeFilm;

@QuarkusTest
class ShotListResourceTest {

    @Test
    void everyShotIsListedInFilmOrderGroupedBySequenceAndScene() {
        Document page = Pages.get("/films/victor-serge/shots");

        assertThat(page.title()).startsWith("Shot list — Victor Serge");
        assertThat(page.select("section.sequence > h2").eachText()).hasSize(3)
                .satisfies(h -> assertThat(h.get(0)).startsWith("1. Prologue"))
                .satisfies(h -> assertThat(h.get(1)).startsWith("2. Orenburg"))
                .satisfies(h -> assertThat(h.get(2)).startsWith("3. Mexico"));
        List<String> numbers = page.select("tr.shot td.number").eachText();
        assertThat(numbers).hasSize(SergeFilm.query(() -> (int) Shot.count("scene.sequence.film.slug", SergeFilm.SLUG)));
        assertThat(numbers.get(0)).isEqualTo("1.1.1");
        assertThat(numbers).isSortedAccordingTo(ShotListResourceTest::byShotNumber);
    }

    @Test
    void filteringByKindShowsOnlyThatKind() {
        Document page = Pages.get("/films/victor-serge/shots?kind=interview");

        long interviews = SergeFilm.query(() -> Shot.count("scene.sequence.film.slug = ?1 and kind = ?2", SergeFilm.SLUG, ShotKind.INTERVIEW));
        assertThat(interviews).isPositive();
        assertThat(page.select("tr.shot")).hasSize((int) interviews)
                .allSatisfy(row -> assertThat(row.attr("data-kind")).isEqualTo("interview"));
        assertThat(page.select("select[name=kind] option[selected]").val()).isEqualTo("interview");
    }

    @Test
    void filteringBySequenceShowsOnlyThatSequence() {
        Document page = Pages.get("/films/victor-serge/shots?sequence=orenburg");

        assertThat(page.select("section.sequence")).hasSize(1);
        assertThat(page.select("tr.shot td.number").eachText()).isNotEmpty().allMatch(n -> n.startsWith("2."));
    }

    @Test
    void filtersCombineAndAnEmptyResultSaysSo() {
        Document page = Pages.get("/films/victor-serge/shots?sequence=prologue&kind=interview&status=shot");

        assertThat(page.select("tr.shot")).isEmpty();
        assertThat(page.select("p.empty").text()).startsWith("No shots match these filters.");
    }

    @Test
    void filteringByStatusShowsOnlyThatStatus() {
        Document page = Pages.get("/films/victor-serge/shots?status=planned");

        assertThat(page.select("tr.shot")).isNotEmpty().allSatisfy(row -> assertThat(row.hasClass("status-planned")));
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        given().get("/films/victor-serge/shots?kind=hologram").then().statusCode(400)
                .body(containsString("kind: 'hologram' is not one of: interview, archive-film"));
        given().get("/films/victor-serge/shots?status=lost").then().statusCode(400)
                .body(containsString("status:"));
        given().get("/films/victor-serge/shots?sequence=atlantis").then().statusCode(400)
                .body(containsString("sequence: this film has no sequence 'atlantis'"));
    }

    @Test
    void anUnknownFilmIsNotFound() {
        given().get("/films/no-such-film/shots").then().statusCode(404);
    }

    private static int byShotNumber(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
