package witness.location;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static witness.location.LocationTesting.count;
import static witness.location.LocationTesting.mexicoCity;
import static witness.location.LocationTesting.post;
import static witness.location.LocationTesting.stored;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.film.Shot;
import witness.interview.Interview;
import witness.schedule.ShootDay;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** Adding, changing and deleting locations through their pages; each refusal names its field and saves nothing. */
@QuarkusTest
class LocationEditingTest {

    @Test
    void aLocationIsAddedFromTheListAndShownOnItsPage() {
        String slug = FilmCopies.ofSerge("locations");
        long before = count(slug);
        post("/films/" + slug + "/locations", Map.of("name", "Hôtel Sévigné", "address", "Rue de Sévigné 12, Paris",
                "city", "Paris", "country", "France", "latitude", "48.8566", "longitude", "2.3622",
                "periods", "Paris years 1936–40\n\nThe fall of France", "permit", "granted", "recce", "planned"))
                .statusCode(303).header("Location", containsString("/films/" + slug + "/locations/hotel-sevigne"));
        assertThat(count(slug)).isEqualTo(before + 1);
        Location l = stored(slug, "hotel-sevigne");
        assertThat(l.address).isEqualTo("Rue de Sévigné 12, Paris");
        assertThat(l.periods).containsExactly("Paris years 1936–40", "The fall of France");
        assertThat(l.permit).isEqualTo(PermitStatus.GRANTED);
        assertThat(l.recce).isEqualTo(RecceStatus.PLANNED);
        assertThat(l.latitude).isEqualTo(48.8566);
        assertThat(l.timeZone).as("made from the city").isEqualTo("Europe/Paris");

        Document page = Pages.get("/films/" + slug + "/locations/hotel-sevigne");
        assertThat(page.select(".address").text()).isEqualTo("Rue de Sévigné 12, Paris");
        assertThat(page.select(".time-zone").text()).isEqualTo("Europe/Paris");
        assertThat(page.select(".location-shots")).isEmpty();
        assertThat(page.select("#shots .empty").text()).contains("No shot");
        assertThat(Pages.get("/films/" + slug + "/locations?permit=granted").select("tr#location-hotel-sevigne"))
                .hasSize(1);
    }

    @Test
    void eachBadFieldIsRefusedBesideItAndNothingIsAdded() {
        String slug = FilmCopies.ofSerge("locations");
        long before = count(slug);
        refusedCreate(slug, Map.of("name", "  "), "name", "is required");
        refusedCreate(slug, Map.of("name", "North Pole", "latitude", "91", "longitude", "0"), "latitude", "between −90 and 90");
        refusedCreate(slug, Map.of("name", "Date line", "latitude", "0", "longitude", "-180.5"), "longitude", "between −180 and 180");
        refusedCreate(slug, Map.of("name", "Half", "latitude", "19.4"), "longitude", "give both coordinates or neither");
        refusedCreate(slug, Map.of("name", "Half", "longitude", "19.4"), "latitude", "give both coordinates or neither");
        refusedCreate(slug, Map.of("name", "Words", "latitude", "north", "longitude", "1"), "latitude", "must be a number");
        refusedCreate(slug, Map.of("name", "Permit", "permit", "maybe"), "permit", "'maybe' is not one of");
        refusedCreate(slug, Map.of("name", "Recce", "recce", "soon"), "recce", "'soon' is not one of");
        refusedCreate(slug, Map.of("name", "Long", "address", "x".repeat(501)), "address", "at most 500");
        refusedCreate(slug, Map.of("name", "y".repeat(201)), "name", "at most 200");
        refusedCreate(slug, Map.of("name", "Mexico", "key", "mexico-city"), "key", "another location");
        refusedCreate(slug, Map.of("name", "Somewhere", "timeZone", "Mars/Olympus"), "timeZone",
                "must be a time zone of the tz database, like America/Mexico_City");
        refusedCreate(slug, Map.of("name", "Offset", "timeZone", "+05:00"), "timeZone", "not '+05:00'");
        assertThat(count(slug)).isEqualTo(before);
    }

    @Test
    void aLocationIsEditedAndABadEditChangesNothing() {
        String slug = FilmCopies.ofSerge("locations");
        Location before = stored(slug, "mexico-city");
        Map<String, Object> form = mexicoCity(before.version);
        form.put("address", "Calle Francisco Sosa 383, Coyoacán");
        form.put("permit", "granted");
        post("/films/" + slug + "/locations/mexico-city", form).statusCode(303);
        Location after = stored(slug, "mexico-city");
        assertThat(after.address).isEqualTo("Calle Francisco Sosa 383, Coyoacán");
        assertThat(after.permit).isEqualTo(PermitStatus.GRANTED);
        assertThat(after.version).isEqualTo(before.version + 1);

        Map<String, Object> bad = mexicoCity(after.version);
        bad.put("latitude", "91");
        bad.put("notes", "should not be saved");
        String html = post("/films/" + slug + "/locations/mexico-city", bad).statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#edit-location-latitude-error").text()).contains("between −90 and 90");
        assertThat(page.select("#edit-location-latitude").attr("value")).isEqualTo("91");
        assertThat(page.select("#edit-location-notes").text()).isEqualTo("should not be saved");
        Location unchanged = stored(slug, "mexico-city");
        assertThat(unchanged.version).isEqualTo(after.version);
        assertThat(unchanged.latitude).isEqualTo(19.4326);
        assertThat(unchanged.notes).isNotEqualTo("should not be saved");
    }

    @Test
    void aLocationsTimeZoneIsWrittenOrMadeFromItsCountry() {
        String slug = FilmCopies.ofSerge("locations");
        post("/films/" + slug + "/locations", Map.of("name", "Hotel Ural", "city", "Orenburg", "country", "Russia",
                "timeZone", " Asia/Yekaterinburg ")).statusCode(303);
        assertThat(stored(slug, "hotel-ural").timeZone).isEqualTo("Asia/Yekaterinburg");
        post("/films/" + slug + "/locations", Map.of("name", "Liège", "city", "Liège", "country", "Belgium"))
                .statusCode(303);
        assertThat(stored(slug, "liege").timeZone).as("Belgium has one zone").isEqualTo("Europe/Brussels");
        post("/films/" + slug + "/locations", Map.of("name", "Guadalajara", "city", "Guadalajara", "country", "Mexico"))
                .statusCode(303);
        assertThat(stored(slug, "guadalajara").timeZone).as("Mexico has several zones, none named Guadalajara").isNull();
        assertThat(Pages.get("/films/" + slug + "/locations/guadalajara").select(".time-zone").text())
                .startsWith("not known");
    }

    @Test
    void anEditMadeOnAStaleVersionIsAConflictAndNothingIsSaved() {
        String slug = FilmCopies.ofSerge("locations");
        Location before = stored(slug, "mexico-city");
        Map<String, Object> first = mexicoCity(before.version);
        first.put("contact", "First writer");
        post("/films/" + slug + "/locations/mexico-city", first).statusCode(303);
        Map<String, Object> second = mexicoCity(before.version);
        second.put("contact", "Second writer");
        post("/films/" + slug + "/locations/mexico-city", second).statusCode(409);
        assertThat(stored(slug, "mexico-city").contact).isEqualTo("First writer");

        // Deleting on the stale version is refused too.
        post("/films/" + slug + "/locations/mexico-city/delete", Map.of("version", before.version)).statusCode(409);
        assertThat(stored(slug, "mexico-city")).isNotNull();
    }

    @Test
    void posting404sForAnUnknownLocation() {
        String slug = FilmCopies.ofSerge("locations");
        post("/films/" + slug + "/locations/atlantis", mexicoCity(0)).statusCode(404);
        post("/films/" + slug + "/locations/atlantis/delete", Map.of("version", 0)).statusCode(404);
        post("/films/no-such-film/locations", Map.of("name", "Nowhere")).statusCode(404);
    }

    @Test
    void deletingALocationKeepsItsShotsShootDaysAndInterviewsWithoutIt() {
        String slug = FilmCopies.ofSerge("locations");
        setInterviewLocation(slug, "vlady", "mexico-city");
        long shots = shotsAt(slug, "mexico-city");
        long days = SergeFilm.query(() -> ShootDay.count("schedule.film.slug = ?1 and location.key = ?2", slug, "mexico-city"));
        long allShots = SergeFilm.query(() -> Shot.count("scene.sequence.film.slug", slug));
        assertThat(shots).isPositive();
        assertThat(days).isEqualTo(4);

        Document confirm = Pages.get("/films/" + slug + "/locations/mexico-city/delete");
        assertThat(confirm.select(".consequences").text()).contains(shots + " shots", "4 shoot days", "1 interview");
        long version = stored(slug, "mexico-city").version;
        post("/films/" + slug + "/locations/mexico-city/delete", Map.of("version", version)).statusCode(303)
                .header("Location", containsString("/films/" + slug + "/locations"));

        assertThat(stored(slug, "mexico-city")).isNull();
        assertThat(shotsAt(slug, "mexico-city")).isZero();
        assertThat(SergeFilm.query(() -> Shot.count("scene.sequence.film.slug", slug))).isEqualTo(allShots);
        assertThat(SergeFilm.query(() -> ShootDay.count("schedule.film.slug = ?1 and location is null", slug)))
                .isGreaterThanOrEqualTo(4);
        Interview vlady = SergeFilm.query(() -> Interview.<Interview>find("film.slug = ?1 and key = ?2", slug, "vlady")
                .firstResult());
        assertThat(vlady).isNotNull();
        assertThat(vlady.location).isNull();
        given().get("/films/{slug}/locations/mexico-city", slug).then().statusCode(404);
    }

    @Test
    void anInterviewsLocationIsSetThroughItsFormAndListedOnTheLocationPage() {
        String slug = FilmCopies.ofSerge("locations");
        Document form = Pages.get("/films/" + slug + "/interviews/vlady");
        assertThat(form.select("form#edit-interview select[name=location] option")).hasSize(15);
        setInterviewLocation(slug, "vlady", "mexico-city");
        Interview vlady = SergeFilm.query(() -> {
            Interview i = Interview.<Interview>find("film.slug = ?1 and key = ?2", slug, "vlady").firstResult();
            i.location.name.length();
            return i;
        });
        assertThat(vlady.location.key).isEqualTo("mexico-city");
        Document again = Pages.get("/films/" + slug + "/interviews/vlady");
        assertThat(again.select("select[name=location] option[selected]").attr("value")).isEqualTo("mexico-city");
        Document location = Pages.get("/films/" + slug + "/locations/mexico-city");
        assertThat(location.select(".location-interviews li#interview-vlady a").attr("href"))
                .isEqualTo("/films/" + slug + "/interviews/vlady");
        given().get("/api/films/{slug}/interviews/vlady", slug).then().statusCode(200)
                .body(containsString("\"location\":\"mexico-city\""));

        // An unknown location is refused beside the select; none clears it.
        Map<String, Object> values = interviewForm(slug, "vlady");
        values.put("location", "atlantis");
        String html = post("/films/" + slug + "/interviews/vlady", values).statusCode(422).extract().asString();
        assertThat(Jsoup.parse(html).select("#edit-interview-location-error").text()).contains("no location 'atlantis'");
        values = interviewForm(slug, "vlady");
        values.put("location", "");
        post("/films/" + slug + "/interviews/vlady", values).statusCode(303);
        assertThat(Pages.get("/films/" + slug + "/locations/mexico-city").select(".location-interviews li")).isEmpty();
    }

    static void setInterviewLocation(String slug, String interview, String location) {
        Map<String, Object> values = interviewForm(slug, interview);
        values.put("location", location);
        post("/films/" + slug + "/interviews/" + interview, values).statusCode(303);
    }

    /** The interview's edit form as the page fills it. */
    static Map<String, Object> interviewForm(String slug, String interview) {
        Document page = Pages.get("/films/" + slug + "/interviews/" + interview);
        Map<String, Object> values = new HashMap<>();
        page.select("form#edit-interview input[name], form#edit-interview textarea[name]")
                .forEach(e -> values.put(e.attr("name"), e.is("textarea") ? e.text() : e.attr("value")));
        page.select("form#edit-interview select[name]").forEach(s -> {
            var selected = s.selectFirst("option[selected]");
            values.put(s.attr("name"), selected == null ? "" : selected.attr("value"));
        });
        return values;
    }

    private static long shotsAt(String slug, String key) {
        return SergeFilm.query(() -> Shot.count("scene.sequence.film.slug = ?1 and location.key = ?2", slug, key));
    }

    private static void refusedCreate(String slug, Map<String, String> form, String field, String message) {
        String html = post("/films/" + slug + "/locations", form).statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#new-location-" + field + "-error").text()).as(field).contains(message);
        assertThat(page.select("#new-location-" + field).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("details.new-location").hasAttr("open")).isTrue();
    }
}
