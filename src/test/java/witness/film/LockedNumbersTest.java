package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

/** Once the script goes to the crew its numbers stay as printed: A and B scenes, OMITTED, unlocking renumbers. */
@QuarkusTest
class LockedNumbersTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("locked-numbers");
    }

    private String addScene(String title, int position) {
        return given(As.director()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "sequence", "orenburg", "position", position))
                .post("/api/films/{slug}/scenes", slug).then().statusCode(201).extract().path("number");
    }

    private JsonPath scenes() {
        return given().get("/api/films/{slug}/scenes?sequence=orenburg", slug).then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void aSceneAddedBetweenLockedScenesIsLetteredAndTheOthersKeepTheirNumbers() {
        given(As.director()).post("/api/films/{slug}/script/lock", slug).then().statusCode(200)
                .body("locked", equalTo(true)).body("lockedBy", equalTo("test-director"));
        assertThat(addScene("Serge's arrest is appealed", 2)).isEqualTo("2.1A");
        assertThat(addScene("The appeal is refused", 3)).isEqualTo("2.1B");
        assertThat(addScene("A letter to Romain Rolland", 2)).as("between 2.1 and 2.1A").isEqualTo("2.A1A");
        assertThat(scenes().getList("number", String.class)).startsWith("2.1", "2.A1A", "2.1A", "2.1B", "2.2");
        given().get("/api/films/{slug}/scenes/orenburg-arrival", slug).then().body("number", equalTo("2.2"));
        given().get("/api/films/{slug}/shots?scene=orenburg-arrival", slug).then()
                .body("[0].number", equalTo("2.2.1"));
    }

    @Test
    void aDeletedSceneOrShotStaysAsOmittedAndUnlockingRenumbersEverything() {
        given(As.director()).post("/api/films/{slug}/script/lock", slug).then().statusCode(200);
        Map<String, Object> arrival = given().get("/api/films/{slug}/scenes/orenburg-arrival", slug).then()
                .extract().path("");
        given(As.director()).delete("/api/films/{slug}/scenes/orenburg-arrival?version={v}", slug, arrival.get("version"))
                .then().statusCode(200);
        JsonPath after = scenes();
        assertThat(after.getList("number", String.class)).startsWith("2.1", "2.2", "2.3");
        assertThat(after.getList("omitted", Boolean.class)).startsWith(false, true, false);
        assertThat(after.getString("[1].title")).isEqualTo(arrival.get("title"));
        given().get("/api/films/{slug}/scenes/orenburg-family", slug).then().body("number", equalTo("2.3"));

        int version = given().get("/api/films/{slug}/shots/orenburg-arrest-2", slug).then().extract().path("version");
        given(As.director()).delete("/api/films/{slug}/shots/orenburg-arrest-2?version={v}", slug, version).then()
                .statusCode(204);
        given().get("/api/films/{slug}/shots?scene=orenburg-arrest", slug).then()
                .body("number", equalTo(List.of("2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5")))
                .body("omitted", equalTo(List.of(false, true, false, false, false)));
        assertThat(addScene("The appeal", 2)).as("2.2 is omitted: never given again").isEqualTo("2.1A");
        org.jsoup.nodes.Document script = org.jsoup.Jsoup.parse(given().get("/films/{slug}/script.html", slug).then()
                .statusCode(200).extract().asString());
        assertThat(script.select("#scene-orenburg-family").text()).contains("2.3");
        assertThat(script.text()).contains("2.2 OMITTED", "2.1.2 OMITTED", "2.1A The appeal");
        assertThat(given().get("/films/{slug}/script.fountain", slug).asString()).contains(".OMITTED #2.2#");

        given(As.director()).post("/api/films/{slug}/script/unlock", slug).then().statusCode(200)
                .body("locked", equalTo(false));
        assertThat(scenes().getList("number", String.class)).startsWith("2.1", "2.2", "2.3");
        assertThat(scenes().getList("omitted", Boolean.class)).doesNotContain(true);
        given().get("/api/films/{slug}/scenes/orenburg-family", slug).then().body("number", equalTo("2.3"));
        given().get("/api/films/{slug}/shots?scene=orenburg-arrest", slug).then()
                .body("number", equalTo(List.of("2.1.1", "2.1.2", "2.1.3", "2.1.4")));
    }

    @Test
    void aShotAddedOrDuplicatedIsLetteredAndARestoredShotGetsItsNumberBack() {
        given(As.director()).post("/api/films/{slug}/script/lock", slug).then().statusCode(200);
        given(As.director()).contentType(ContentType.JSON)
                .body(Map.of("scene", "orenburg-arrest", "kind", "location", "position", 2))
                .post("/api/films/{slug}/shots", slug).then().statusCode(201).body("number", equalTo("2.1.1A"));
        long id = SergeFilm.query(() -> Shot.byKey(Film.bySlug(slug).orElseThrow(), "orenburg-arrest-4")
                .orElseThrow().id);
        int version = given().get("/api/films/{slug}/shots/orenburg-arrest-4", slug).then().extract().path("version");
        given(As.director()).delete("/api/films/{slug}/shots/orenburg-arrest-4?version={v}", slug, version).then()
                .statusCode(204);
        given().get("/api/films/{slug}/shots?scene=orenburg-arrest", slug).then()
                .body("findAll { it.omitted }.number", equalTo(List.of("2.1.4")));
        given(As.producer()).redirects().follow(false).post("/films/{slug}/deleted/shots/{id}/restore", slug, id).then()
                .statusCode(303);
        given().get("/api/films/{slug}/shots/orenburg-arrest-4", slug).then().body("number", equalTo("2.1.4"));
        given().get("/api/films/{slug}/shots?scene=orenburg-arrest", slug).then()
                .body("omitted", not(hasItem(true)));
    }

    @Test
    void aRestoredSceneGetsItsNumberAndItsShotsTheirsBack() {
        given(As.director()).post("/api/films/{slug}/script/lock", slug).then().statusCode(200);
        given(As.director()).contentType(ContentType.JSON)
                .body(Map.of("scene", "orenburg-arrest", "kind", "location", "position", 2))
                .post("/api/films/{slug}/shots", slug).then().statusCode(201).body("number", equalTo("2.1.1A"));
        List<String> before = given().get("/api/films/{slug}/shots?scene=orenburg-arrest", slug).then().extract()
                .path("number");
        long id = SergeFilm.query(() -> Scene.byKey(Film.bySlug(slug).orElseThrow(), "orenburg-arrest")
                .orElseThrow().id);
        int version = given().get("/api/films/{slug}/scenes/orenburg-arrest", slug).then().extract().path("version");
        given(As.director()).delete("/api/films/{slug}/scenes/orenburg-arrest?version={v}", slug, version).then()
                .statusCode(200);
        given().get("/api/films/{slug}/scenes?sequence=orenburg", slug).then()
                .body("[0].number", equalTo("2.1")).body("[0].omitted", equalTo(true));
        given(As.producer()).redirects().follow(false).post("/films/{slug}/deleted/scenes/{id}/restore", slug, id)
                .then().statusCode(303);
        given().get("/api/films/{slug}/scenes/orenburg-arrest", slug).then().body("number", equalTo("2.1"));
        given().get("/api/films/{slug}/shots?scene=orenburg-arrest", slug).then().body("number", equalTo(before))
                .body("omitted", not(hasItem(true)));
        assertThat(before).startsWith("2.1.1", "2.1.1A", "2.1.2");
    }

    @Test
    void onlyDirectorsAndProducersLockOrUnlockTheNumbers() {
        given(As.researcher()).post("/api/films/{slug}/script/lock", slug).then().statusCode(403);
        given(As.viewer()).post("/api/films/{slug}/script/unlock", slug).then().statusCode(403);
        given().get("/api/films/{slug}/script/numbering", slug).then().statusCode(200).body("locked", equalTo(false));
        given(As.producer()).post("/api/films/{slug}/script/lock", slug).then().statusCode(200).body("locked", equalTo(true));
    }
}
