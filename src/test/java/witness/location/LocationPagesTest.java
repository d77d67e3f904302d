package witness.location;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Shot;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The list of locations with its filters, and a location's page with what is filmed there. */
@QuarkusTest
class LocationPagesTest {
    static final String SLUG = SergeFilm.SLUG;

    @Test
    void theListShowsEveryLocationWithItsStatusesAndLinksToItsPage() {
        Document page = Pages.get("/films/{slug}/locations", SLUG);
        assertThat(page.title()).startsWith("Locations");
        assertThat(page.select("table.locations tbody tr[id^=location-]")).hasSize(14);
        Element mexico = page.selectFirst("tr#location-mexico-city");
        assertThat(mexico.text()).contains("Mexico City, Mexico", "Last exile 1941–47", "applied", "done",
                "19.4326, -99.1332");
        assertThat(mexico.select("a").attr("href")).isEqualTo("/films/victor-serge/locations/mexico-city");
        assertThat(page.select("form#new-location input[name=name]")).hasSize(1);
        assertThat(page.select("form#new-location select[name=permit] option")).hasSize(5);
    }

    @Test
    void theListFiltersByPermitAndRecceStatus() {
        assertThat(keys(Pages.get("/films/{slug}/locations?permit=applied", SLUG))).containsExactly("mexico-city");
        assertThat(keys(Pages.get("/films/{slug}/locations?recce=planned", SLUG)))
                .containsExactlyInAnyOrder("marseille", "orenburg", "paricutin");
        assertThat(keys(Pages.get("/films/{slug}/locations?permit=needed&recce=done", SLUG)))
                .containsExactlyInAnyOrder("leningrad", "moscow", "paris");
        Document none = Pages.get("/films/{slug}/locations?permit=granted", SLUG);
        assertThat(keys(none)).isEmpty();
        assertThat(none.select("tr.empty").text()).contains("No location matches");
        assertThat(none.select("form.filters select[name=permit] option[selected]").attr("value")).isEqualTo("granted");
    }

    @Test
    void anUnknownStatusInTheFilterIsABadRequestNamingIt() {
        given().get("/films/{slug}/locations?permit=maybe", SLUG).then().statusCode(400)
                .body(containsString("permit"), containsString("'maybe' is not one of"));
        given().get("/films/{slug}/locations?recce=soon", SLUG).then().statusCode(400)
                .body(containsString("recce"));
        given().get("/api/films/{slug}/locations?permit=maybe", SLUG).then().statusCode(400);
    }

    @Test
    void unknownFilmsAndLocationsAreNotFound() {
        given().get("/films/no-such-film/locations").then().statusCode(404);
        given().get("/films/{slug}/locations/atlantis", SLUG).then().statusCode(404);
        given().get("/films/{slug}/locations/atlantis/delete", SLUG).then().statusCode(404);
        given().get("/films/{slug}/locations/mexico-city/photos/999999", SLUG).then().statusCode(404);
        given().get("/api/films/{slug}/locations/atlantis", SLUG).then().statusCode(404);
    }

    @Test
    void theMexicoCityPageListsItsFieldsShotsAndShootDays() {
        Document page = Pages.get("/films/{slug}/locations/mexico-city", SLUG);
        assertThat(page.select("h1").text()).isEqualTo("Mexico City");
        assertThat(page.select(".location-facts").text()).contains("Mexico City, Mexico", "19.4326, -99.1332",
                "Last exile 1941–47", "Death 17 November 1947", "applied", "done", "Mexican fixer");

        List<String> shotKeys = SergeFilm.query(() -> Shot.<Shot>list("scene.sequence.film.slug = ?1 and location.key = ?2",
                SLUG, "mexico-city").stream().map(s -> s.key).toList());
        assertThat(shotKeys).contains("mexico-marseille-4", "mexico-isolation-2");
        assertThat(page.select(".location-shots li")).hasSize(shotKeys.size());
        String number = SergeFilm.query(() -> Shot.byKey(Film.find("slug", SLUG).firstResult(), "mexico-isolation-2")
                .orElseThrow().number());
        Element shot = page.selectFirst("li#shot-mexico-isolation-2");
        // The shot in the shot list, filtered to its scene.
        assertThat(shot.select("a").attr("href"))
                .isEqualTo("/films/victor-serge/shots?scene=mexico-isolation#shot-mexico-isolation-2");
        assertThat(Pages.get("/films/victor-serge/shots?scene=mexico-isolation").select("#shot-mexico-isolation-2"))
                .hasSize(1);
        assertThat(shot.select(".number").text()).isEqualTo(number);

        // The Mexico shoot has four days in Mexico City, from 5 March 1990.
        assertThat(page.select(".location-days li")).hasSize(4);
        Element first = page.selectFirst(".location-days li");
        assertThat(first.text()).contains("5 March 1990", "Mexico shoot");
        assertThat(first.select("a").attr("href")).startsWith("/films/victor-serge/schedules/mexico-shoot#day-");

        assertThat(page.select("form#edit-location input[name=version]")).hasSize(1);
        assertThat(page.select("form#new-photo").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("a[href=/films/victor-serge/locations/mexico-city/delete]")).hasSize(1);
    }

    @Test
    void theDeletionPageSaysWhatGoesWithTheLocation() {
        Document page = Pages.get("/films/{slug}/locations/mexico-city/delete", SLUG);
        assertThat(page.select(".consequences").text()).contains("shots", "4 shoot days", "lose this location");
        assertThat(page.select("form input[name=version]")).hasSize(1);
    }

    private static List<String> keys(Document page) {
        return page.select("table.locations tbody tr[id^=location-]").eachAttr("id").stream()
                .map(id -> id.substring("location-".length())).toList();
    }
}
