package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.chronology.ChronologyEvent;
import witness.film.Scene;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** Adding, editing and deleting the events of the chronology, and the scenes that cover them. */
@QuarkusTest
class ChronologyEditingTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("chronology");
    }

    @Test
    void anEventIsAddedWithItsPrecisionPeopleSourcesAndTheScenesThatCoverIt() {
        String key = add(Map.of("date", "1933-03", "place", "Leningrad",
                "description", "Serge is arrested by the GPU on a Leningrad street"),
                Map.of("person", List.of("victor-serge", "vlady"), "source", List.of("memoirs"),
                        "scene", List.of("orenburg-arrest")));

        assertThat(key).isEqualTo("1933-serge-is-arrested-by-the");
        Element event = Pages.get("/films/{slug}/chronology", slug).selectFirst("#event-" + key);
        assertThat(event.attr("data-precision")).isEqualTo("month");
        assertThat(event.select("h2").text()).isEqualTo("March 1933 · Leningrad");
        assertThat(event.select("time").attr("datetime")).isEqualTo("1933-03");
        assertThat(event.select(".people a")).extracting(Element::text).contains("Victor Serge")
                .hasSize(2);
        assertThat(event.select(".sources a").attr("href")).isEqualTo("/films/" + slug + "/sources/memoirs");
        assertThat(event.select(".scenes a").attr("href")).isEqualTo("/films/" + slug + "/scenes/orenburg-arrest");
        assertThat(event.select(".scenes a").text()).isEqualTo("2.1 Arrest, 1933");
        assertThat(coveredBy("orenburg-arrest")).contains(key);
    }

    @Test
    void badFieldsAreRefusedBesideTheFieldAndNothingIsAdded() {
        long before = events();
        String page = form().formParam("date", "1947-13-01").formParam("place", "x".repeat(201))
                .formParam("description", "  ").formParam("person", "nobody").formParam("scene", "no-such-scene")
                .post("/films/{slug}/chronology", slug).then().statusCode(422).extract().asString();

        Document refused = Jsoup.parse(page);
        assertThat(refused.selectFirst("#new-event-date-error").text())
                .isEqualTo("Date: '1947-13-01' is not a date: write 1947-11-17, 1947-11 or 1947");
        assertThat(refused.selectFirst("#new-event-date").val()).isEqualTo("1947-13-01");
        assertThat(refused.selectFirst("#new-event-place-error").text()).contains("size must be between 0 and 200");
        assertThat(refused.selectFirst("#new-event-description-error").text()).isEqualTo("Description must not be blank");
        assertThat(refused.selectFirst("#new-event-person-error").text())
                .isEqualTo("People: this film has no person with the key 'nobody'");
        assertThat(refused.selectFirst("#new-event-scene-error").text()).contains("'no-such-scene'");
        assertThat(refused.selectFirst("details.new-event").hasAttr("open")).isTrue();
        assertThat(events()).isEqualTo(before);

        form().formParams(Map.of("date", "1947", "description", "x".repeat(4001)))
                .post("/films/{slug}/chronology", slug).then().statusCode(422)
                .body(containsString("size must be between"));
        form().formParams(Map.of("date", "", "description", "No date")).post("/films/{slug}/chronology", slug)
                .then().statusCode(422).body(containsString("is required: write 1947-11-17"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anEventIsEditedItsScenesFollowAndAStaleEditIsRefused() {
        Document edit = Pages.get("/films/{slug}/chronology/death-mexico-city", slug);
        assertThat(edit.select("#event-death-mexico-city-date").val()).isEqualTo("1947-11-17");
        assertThat(edit.select("select[name=scene] option[selected]")).extracting(e -> e.val())
                .contains("prologue-taxi");
        String version = edit.select("input[name=version]").val();

        form().formParam("date", "1947-11").formParam("place", "Mexico City")
                .formParam("description", "Serge dies in a taxi").formParam("person", "victor-serge")
                .formParam("scene", "orenburg-arrest").formParam("version", version)
                .redirects().follow(false).post("/films/{slug}/chronology/death-mexico-city", slug)
                .then().statusCode(303).header("Location", endsWith("/chronology#event-death-mexico-city"));

        Element event = Pages.get("/films/{slug}/chronology", slug).selectFirst("#event-death-mexico-city");
        assertThat(event.select("h2").text()).isEqualTo("November 1947 · Mexico City");
        assertThat(event.select(".people").text()).isEqualTo("People: Victor Serge");
        assertThat(event.select(".sources")).isEmpty();
        assertThat(coveredBy("prologue-taxi")).doesNotContain("death-mexico-city");
        assertThat(coveredBy("orenburg-arrest")).contains("death-mexico-city");

        form().formParams(Map.of("date", "1950", "description", "An old version", "version", version))
                .post("/films/{slug}/chronology/death-mexico-city", slug).then().statusCode(409)
                .body(containsString("changed by someone else"));
        form().formParams(Map.of("date", "1950", "description", "No version"))
                .post("/films/{slug}/chronology/death-mexico-city", slug).then().statusCode(422);
        assertThat(Pages.get("/films/{slug}/chronology", slug).select("#event-death-mexico-city p").first().text())
                .isEqualTo("Serge dies in a taxi");
        given().get("/films/{slug}/chronology/no-such-event", slug).then().statusCode(404);
    }

    @Test
    void anEditRefusedForABadDateKeepsTheStoredEvent() {
        String version = Pages.get("/films/{slug}/chronology/death-mexico-city", slug)
                .select("input[name=version]").val();
        String page = form().formParams(Map.of("date", "17/11/1947", "description", "Changed", "version", version,
                        "scene", "orenburg-arrest"))
                .post("/films/{slug}/chronology/death-mexico-city", slug).then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(page).selectFirst("#event-death-mexico-city-date-error").text()).contains("not a date");

        Element event = Pages.get("/films/{slug}/chronology", slug).selectFirst("#event-death-mexico-city");
        assertThat(event.select("h2").text()).isEqualTo("17 November 1947 · Mexico City");
        assertThat(coveredBy("orenburg-arrest")).doesNotContain("death-mexico-city");
        assertThat(coveredBy("prologue-taxi")).contains("death-mexico-city");
    }

    @Test
    void anEventIsDeletedAfterConfirmationAndTheScenesNoLongerCoverIt() {
        Document confirm = Pages.get("/films/{slug}/chronology/death-mexico-city/delete", slug);
        assertThat(confirm.select("h1").text()).isEqualTo("Delete the event of 17 November 1947?");
        assertThat(confirm.select(".consequences").text()).contains("The last taxi ride");
        long before = events();

        Pages.confirmDeletion("/films/{slug}/chronology/death-mexico-city/delete", slug)
                .statusCode(303).header("Location", endsWith("/chronology"));

        assertThat(events()).isEqualTo(before - 1);
        assertThat(coveredBy("prologue-taxi")).doesNotContain("death-mexico-city");
        assertThat(Pages.get("/films/{slug}/chronology", slug).select("#event-death-mexico-city")).isEmpty();
        form().post("/films/{slug}/chronology/death-mexico-city/delete", slug).then().statusCode(404);
    }

    @Test
    void textInTheTimelineIsEscaped() {
        String key = add(Map.of("date", "1940-08-21", "place", "Coyoacán <b>",
                "description", "<script>alert('x')</script> & the </title> trap"), Map.of());

        String html = given().get("/films/{slug}/chronology", slug).then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("</title> trap");
        Element marker = Jsoup.parse(html).selectFirst("svg a.marker[data-event=" + key + "]");
        assertThat(marker.selectFirst("title").text())
                .isEqualTo("21 August 1940, Coyoacán <b>: <script>alert('x')</script> & the </title> trap");
        assertThat(marker.attr("href")).isEqualTo("#event-" + key);
    }

    @Test
    void keysStayUniqueInTheFilm() {
        Map<String, String> fields = Map.of("date", "1936", "description", "Expelled from the USSR");
        String first = add(fields, Map.of());
        String second = add(fields, Map.of());
        assertThat(first).isEqualTo("1936-expelled-from-the-ussr");
        assertThat(second).isEqualTo("1936-expelled-from-the-ussr-2");
    }

    private String add(Map<String, String> fields, Map<String, List<String>> links) {
        RequestSpecification request = form().formParams(fields);
        links.forEach((name, keys) -> keys.forEach(k -> request.formParam(name, k)));
        String location = request.redirects().follow(false).post("/films/{slug}/chronology", slug)
                .then().statusCode(303).extract().header("Location");
        return location.substring(location.indexOf("#event-") + "#event-".length());
    }

    private long events() {
        return SergeFilm.query(() -> ChronologyEvent.count("film.slug", slug));
    }

    private List<String> coveredBy(String scene) {
        return SergeFilm.query(() -> Scene.<Scene>find("key = ?1 and sequence.film.slug = ?2", scene, slug)
                .firstResult().events.stream().map(e -> e.key).toList());
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
