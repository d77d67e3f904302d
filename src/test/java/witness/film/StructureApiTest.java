package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

@QuarkusTest
class StructureApiTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("structure-api");
    }

    @Test
    void listsAndGetsSequencesAndScenesInOrder() {
        given().get("/api/films/{slug}/sequences", SergeFilm.SLUG).then().statusCode(200)
                .body("key", equalTo(List.of("prologue", "orenburg", "mexico")))
                .body("position", equalTo(List.of(1, 2, 3)));
        given().get("/api/films/{slug}/sequences/orenburg", SergeFilm.SLUG).then().statusCode(200)
                .body("title", equalTo("Orenburg exile (1933–36)"));
        given().get("/api/films/{slug}/scenes?sequence=orenburg", SergeFilm.SLUG).then().statusCode(200)
                .body("[0].key", equalTo("orenburg-arrest")).body("[0].number", equalTo("2.1"));
        given().get("/api/films/{slug}/scenes/orenburg-arrest", SergeFilm.SLUG).then().statusCode(200)
                .body("status", equalTo("researched")).body("estimatedSeconds", equalTo(150));
        given().get("/api/films/{slug}/scenes/atlantis", SergeFilm.SLUG).then().statusCode(404);
        given().get("/api/films/{slug}/sequences/atlantis", SergeFilm.SLUG).then().statusCode(404);
    }

    @Test
    void aKeyLongerThanItsColumnIsRefusedByNameBeforeTheDatabase() {
        String longKey = "orenburg-" + "a".repeat(80);
        given().contentType(ContentType.JSON).body(Map.of("key", longKey, "title", "Exile"))
                .post("/api/films/{slug}/sequences", slug).then().statusCode(422)
                .body("errors.key", equalTo("must be at most 80 characters"));
        given().contentType(ContentType.JSON).body(Map.of("key", longKey, "title", "Arrest", "sequence", "orenburg"))
                .post("/api/films/{slug}/scenes", slug).then().statusCode(422)
                .body("errors.key", equalTo("must be at most 80 characters"));
        given().contentType(ContentType.JSON).body(Map.of("key", longKey, "kind", "interview",
                "scene", "orenburg-arrest")).post("/api/films/{slug}/shots", slug).then().statusCode(422)
                .body("errors.key", equalTo("must be at most 80 characters"));
        given().get("/api/films/{slug}/sequences", slug).then()
                .body("key", equalTo(List.of("prologue", "orenburg", "mexico")));
    }

    @Test
    void createsASequenceWithAKeyFromItsTitleAndPutsItWhereAsked() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Brussels, Années de jeunesse", "position", 1))
                .post("/api/films/{slug}/sequences", slug).then().statusCode(201)
                .body("key", equalTo("brussels-annees-de-jeunesse")).body("position", equalTo(1));

        given().get("/api/films/{slug}/sequences", slug).then()
                .body("key", equalTo(List.of("brussels-annees-de-jeunesse", "prologue", "orenburg", "mexico")))
                .body("position", equalTo(List.of(1, 2, 3, 4)));
        given().get("/api/films/{slug}/scenes/orenburg-arrest", slug).then().body("number", equalTo("3.1"));
    }

    @Test
    void renamesASequenceAndRefusesAStaleOrBlankOne() {
        Map<String, Object> sequence = sequence("mexico");
        Map<String, Object> stale = new HashMap<>(sequence);
        sequence.put("title", "Mexico, the last exile");
        given().contentType(ContentType.JSON).body(sequence).put("/api/films/{slug}/sequences/mexico", slug)
                .then().statusCode(200).body("title", equalTo("Mexico, the last exile")).body("version", equalTo(1));

        stale.put("title", "Mexico (old)");
        given().contentType(ContentType.JSON).body(stale).put("/api/films/{slug}/sequences/mexico", slug)
                .then().statusCode(409).body("message", containsString("changed by someone else"));
        Map<String, Object> blank = sequence("mexico");
        blank.put("title", " ");
        given().contentType(ContentType.JSON).body(blank).put("/api/films/{slug}/sequences/mexico", slug)
                .then().statusCode(422).body("errors.title", equalTo("must not be blank"));
        blank.put("title", "x".repeat(301));
        given().contentType(ContentType.JSON).body(blank).put("/api/films/{slug}/sequences/mexico", slug)
                .then().statusCode(422).body("errors.title", containsString("size must be between"));
        assertThat(sequence("mexico")).containsEntry("title", "Mexico, the last exile");
    }

    @Test
    void movingASequenceRenumbersEveryShotInIt() {
        Map<String, Object> sequence = sequence("mexico");
        sequence.put("position", 1);
        given().contentType(ContentType.JSON).body(sequence).put("/api/films/{slug}/sequences/mexico", slug)
                .then().statusCode(200).body("position", equalTo(1));

        given().get("/api/films/{slug}/shots?sequence=mexico", slug).then()
                .body("[0].number", equalTo("1.1.1"));
        given().get("/api/films/{slug}/shots?sequence=prologue", slug).then()
                .body("[0].number", equalTo("2.1.1"));
    }

    @Test
    void deletingASequenceTakesItsScenesShotsAndCitationsAndSaysSo() {
        long shots = SergeFilm.query(() -> Shot.count("scene.sequence.key = ?1 and scene.sequence.film.slug = ?2", "orenburg", slug));
        long citations = SergeFilm.query(() -> Citation.count("scene.sequence.key = ?1 and scene.sequence.film.slug = ?2", "orenburg", slug));

        Object version = given().get("/api/films/{slug}/sequences/orenburg", slug).then().extract().path("version");
        given().queryParam("version", version).delete("/api/films/{slug}/sequences/orenburg", slug).then().statusCode(200)
                .body("shots", equalTo((int) shots)).body("citations", equalTo((int) citations));

        given().get("/api/films/{slug}/sequences", slug).then()
                .body("key", equalTo(List.of("prologue", "mexico"))).body("position", equalTo(List.of(1, 2)));
        assertThat(SergeFilm.query(() -> Shot.count("scene.sequence.film.slug", slug))).isPositive();
        given().get("/api/films/{slug}/shots?sequence=mexico", slug).then().body("[0].number", equalTo("2.1.1"));
    }

    @Test
    void aDeleteWithoutTheVersionReadOrWithAStaleOneDeletesNothing() {
        for (String path : List.of("/api/films/{slug}/scenes/orenburg-arrival", "/api/films/{slug}/sequences/mexico")) {
            int version = given().get(path, slug).then().extract().path("version");
            given().delete(path, slug).then().statusCode(422).body("errors.version", containsString("is required"));
            given().queryParam("version", version + 1).delete(path, slug).then().statusCode(409)
                    .body("message", containsString("changed by someone else"));
            given().get(path, slug).then().statusCode(200);
        }
    }

    @Test
    void createsUpdatesMovesAndDeletesAScene() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sequence", "orenburg", "title", "The search at the border", "purpose", "Papers lost",
                        "estimatedSeconds", 90, "status", "draft", "position", 2))
                .post("/api/films/{slug}/scenes", slug).then().statusCode(201)
                .body("key", equalTo("the-search-at-the-border")).body("number", equalTo("2.2"));
        given().get("/api/films/{slug}/scenes/orenburg-arrival", slug).then().body("number", equalTo("2.3"));

        Map<String, Object> scene = scene("the-search-at-the-border");
        scene.put("sequence", "mexico");
        scene.put("position", 1);
        scene.put("status", "approved");
        given().contentType(ContentType.JSON).body(scene).put("/api/films/{slug}/scenes/the-search-at-the-border", slug)
                .then().statusCode(200).body("number", equalTo("3.1")).body("status", equalTo("approved"));
        given().get("/api/films/{slug}/scenes/orenburg-arrival", slug).then().body("number", equalTo("2.2"));

        given().queryParam("version", scene("the-search-at-the-border").get("version"))
                .delete("/api/films/{slug}/scenes/the-search-at-the-border", slug).then().statusCode(200)
                .body("shots", equalTo(0));
        given().get("/api/films/{slug}/scenes/the-search-at-the-border", slug).then().statusCode(404);
    }

    @Test
    void badScenesAreRefusedByField() {
        given().contentType(ContentType.JSON).body(Map.of("title", "No home"))
                .post("/api/films/{slug}/scenes", slug).then().statusCode(422).body("errors.sequence", containsString("required"));
        given().contentType(ContentType.JSON).body(Map.of("sequence", "orenburg", "title", "x", "estimatedSeconds", -1,
                        "status", "final"))
                .post("/api/films/{slug}/scenes", slug).then().statusCode(422)
                .body("errors.estimatedSeconds", equalTo("must not be negative"))
                .body("errors.status", containsString("'final' is not one of: draft, researched, approved"));
        given().contentType(ContentType.JSON).body(Map.of("sequence", "orenburg", "title", "Dup", "key", "orenburg-arrest"))
                .post("/api/films/{slug}/scenes", slug).then().statusCode(422).body("errors", hasKey("key"));
        Map<String, Object> scene = scene("orenburg-arrest");
        scene.put("version", 7);
        given().contentType(ContentType.JSON).body(scene).put("/api/films/{slug}/scenes/orenburg-arrest", slug)
                .then().statusCode(409);
        given().get("/api/films/{slug}/scenes?sequence=orenburg", slug).then().body("size()", equalTo(
                SergeFilm.query(() -> (int) Scene.count("sequence.key = ?1 and sequence.film.slug = ?2", "orenburg", slug))));
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/films/{slug}/shots/{key}"))
                .body("paths", hasKey("/api/films/{slug}/scenes/{key}"))
                .body("paths", hasKey("/api/films/{slug}/sequences/{key}"))
                .body("components.schemas", hasKey("Shot"))
                .body("paths.'/api/films/{slug}/shots/{key}'.put.responses", hasKey("409"))
                .body("paths.'/api/films/{slug}/shots/{key}'.get.parameters.find { it.name == 'slug' }.schema.$ref",
                        equalTo("#/components/schemas/FilmSlug"))
                .body("components.schemas.FilmSlug.type", equalTo("string"))
                .body("components.schemas", not(hasKey("Film")));
    }

    private Map<String, Object> sequence(String key) {
        return editable(given().get("/api/films/{slug}/sequences/{key}", slug, key).then().statusCode(200)
                .extract().jsonPath().getMap(""));
    }

    private Map<String, Object> scene(String key) {
        Map<String, Object> scene = editable(given().get("/api/films/{slug}/scenes/{key}", slug, key)
                .then().statusCode(200).extract().jsonPath().getMap(""));
        scene.remove("number");
        return scene;
    }

    private static Map<String, Object> editable(Map<String, Object> data) {
        Map<String, Object> copy = new HashMap<>(data);
        copy.remove("key");
        copy.remove("position");
        return copy;
    }
}
