package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

@QuarkusTest
class ShotApiTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("shot-api");
    }

    @Test
    void listsEveryShotInFilmOrderAndOneScene() {
        List<String> numbers = given().get("/api/films/{slug}/shots", SergeFilm.SLUG).then().statusCode(200)
                .extract().jsonPath().getList("number");
        assertThat(numbers).hasSize(SergeFilm.query(() -> (int) Shot.count("scene.sequence.film.slug", SergeFilm.SLUG)))
                .startsWith("1.1.1");
        List<String> scene = given().get("/api/films/{slug}/shots?scene=orenburg-arrest", SergeFilm.SLUG)
                .then().statusCode(200).extract().jsonPath().getList("number");
        assertThat(scene).containsExactly("2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5");
    }

    @Test
    void getsOneShotByKeyWithChoicesAsCodes() {
        given().get("/api/films/{slug}/shots/orenburg-arrest-1", slug).then().statusCode(200)
                .body("number", equalTo("2.1.1")).body("scene", equalTo("orenburg-arrest"))
                .body("sequence", equalTo("orenburg")).body("version", equalTo(0));
        given().get("/api/films/{slug}/shots/no-such-shot", slug).then().statusCode(404);
        given().get("/api/films/no-such-film/shots/orenburg-arrest-1").then().statusCode(404);
    }

    @Test
    void createsAShotLastInItsSceneWithAKeyOfItsOwn() {
        given().contentType(ContentType.JSON)
                .body(Map.of("scene", "orenburg-arrest", "kind", "archive-photograph", "description", "Liuba, 1930",
                        "framing", "cu", "seconds", 12, "source", firstSourceKey()))
                .post("/api/films/{slug}/shots", slug).then().statusCode(201)
                .header("Location", containsString("/api/films/" + slug + "/shots/orenburg-arrest-6"))
                .body("number", equalTo("2.1.6")).body("status", equalTo("planned"))
                .body("kind", equalTo("archive-photograph")).body("framing", equalTo("cu"));
    }

    @Test
    void creatingAtAPositionRenumbersTheShotsAfterIt() {
        given().contentType(ContentType.JSON).body(Map.of("scene", "orenburg-arrest", "kind", "caption", "position", 1))
                .post("/api/films/{slug}/shots", slug).then().statusCode(201).body("number", equalTo("2.1.1"));

        assertThat(numbersOf("orenburg-arrest")).containsExactly(
                Map.entry("orenburg-arrest-6", "2.1.1"), Map.entry("orenburg-arrest-1", "2.1.2"),
                Map.entry("orenburg-arrest-2", "2.1.3"), Map.entry("orenburg-arrest-3", "2.1.4"),
                Map.entry("orenburg-arrest-4", "2.1.5"), Map.entry("orenburg-arrest-5", "2.1.6"));
    }

    @Test
    void updatesEveryFieldAndBumpsTheVersion() {
        Map<String, Object> shot = shot("orenburg-arrest-2");
        shot.putAll(Map.of("description", "Liuba at the window", "audio", "music", "framing", "ecu",
                "movement", "rostrum", "seconds", 25, "status", "scheduled", "notes", "from the family album"));
        given().contentType(ContentType.JSON).body(shot).put("/api/films/{slug}/shots/orenburg-arrest-2", slug)
                .then().statusCode(200).body("description", equalTo("Liuba at the window"))
                .body("audio", equalTo("music")).body("framing", equalTo("ecu")).body("movement", equalTo("rostrum"))
                .body("seconds", equalTo(25)).body("status", equalTo("scheduled"))
                .body("notes", equalTo("from the family album")).body("number", equalTo("2.1.2"))
                .body("version", equalTo(1));
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsOverwritten() {
        Map<String, Object> first = shot("orenburg-arrest-3");
        Map<String, Object> second = new HashMap<>(first);
        first.put("description", "the producer's change");
        given().contentType(ContentType.JSON).body(first).put("/api/films/{slug}/shots/orenburg-arrest-3", slug)
                .then().statusCode(200);

        second.put("description", "the director's change, made on the old version");
        given().contentType(ContentType.JSON).body(second).put("/api/films/{slug}/shots/orenburg-arrest-3", slug)
                .then().statusCode(409).body("message", containsString("changed by someone else"));
        assertThat(shot("orenburg-arrest-3").get("description")).isEqualTo("the producer's change");
    }

    @Test
    void anUpdateWithoutAVersionIsRefused() {
        Map<String, Object> shot = shot("orenburg-arrest-3");
        shot.remove("version");
        given().contentType(ContentType.JSON).body(shot).put("/api/films/{slug}/shots/orenburg-arrest-3", slug)
                .then().statusCode(422).body("errors", hasKey("version"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "kind|hologram|'hologram' is not one of: interview, archive-film",
            "kind||must not be null",
            "audio|stereo|'stereo' is not one of: sync, voice-over, music, wild-track",
            "framing|huge|'huge' is not one of: ews, ws",
            "movement|spin|'spin' is not one of: static, pan",
            "status|lost|'lost' is not one of: planned, scheduled, shot, dropped",
            "seconds|-5|must not be negative",
            "seconds|40000|must be at most 10 hours",
            "location|atlantis|this film has no location with the key 'atlantis'",
            "interviewee|nobody|this film has no interviewee with the key 'nobody'",
            "source|no-such-book|this film has no source with the key 'no-such-book'",
            "scene|no-such-scene|this film has no scene with the key 'no-such-scene'",
            "position|0|must be 1 or more" })
    void everyBadFieldIsRefusedByNameAndNothingChanges(String field, String value, String message) {
        Map<String, Object> shot = shot("orenburg-arrest-4");
        shot.put(field, field.equals("seconds") || field.equals("position") ? Integer.valueOf(value) : value);
        given().contentType(ContentType.JSON).body(shot).put("/api/films/{slug}/shots/orenburg-arrest-4", slug)
                .then().statusCode(422).body("errors." + field, containsString(message));
        assertThat(shot("orenburg-arrest-4")).containsEntry("version", 0);
    }

    @Test
    void tooLongTextAndBadKeysAreRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("scene", "orenburg-arrest", "kind", "caption", "description", "x".repeat(4001)))
                .post("/api/films/{slug}/shots", slug).then().statusCode(422)
                .body("errors.description", containsString("size must be between 0 and 4000"));
        given().contentType(ContentType.JSON).body(Map.of("scene", "orenburg-arrest", "kind", "caption", "key", "Bad Key"))
                .post("/api/films/{slug}/shots", slug).then().statusCode(422).body("errors.key", containsString("lower-case"));
        given().contentType(ContentType.JSON)
                .body(Map.of("scene", "orenburg-arrest", "kind", "caption", "key", "orenburg-arrest-1"))
                .post("/api/films/{slug}/shots", slug).then().statusCode(422).body("errors.key", containsString("another shot"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "caption"))
                .post("/api/films/{slug}/shots", slug).then().statusCode(422).body("errors.scene", containsString("required"));
        assertThat(numbersOf("orenburg-arrest")).hasSize(5);
    }

    @Test
    void wronglyTypedOrBrokenJsonIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"scene\": \"orenburg-arrest\", \"kind\": \"caption\", \"seconds\": \"long\"}")
                .post("/api/films/{slug}/shots", slug).then().statusCode(400).body("message", containsString("seconds"));
        given().contentType(ContentType.JSON).body("{\"scene\": ")
                .post("/api/films/{slug}/shots", slug).then().statusCode(400).body("message", containsString("not valid JSON"));
    }

    @Test
    void movingToAnotherSceneRenumbersBothScenes() {
        Map<String, Object> shot = shot("orenburg-arrest-2");
        shot.put("scene", "orenburg-arrival");
        shot.put("position", 1);
        given().contentType(ContentType.JSON).body(shot).put("/api/films/{slug}/shots/orenburg-arrest-2", slug)
                .then().statusCode(200).body("number", equalTo("2.2.1"));

        assertThat(numbersOf("orenburg-arrest").values()).containsExactly("2.1.1", "2.1.2", "2.1.3", "2.1.4");
        assertThat(numbersOf("orenburg-arrival")).containsEntry("orenburg-arrest-2", "2.2.1")
                .containsEntry("orenburg-arrival-1", "2.2.2");
    }

    @Test
    void aDeleteWithoutTheVersionReadOrWithAStaleOneDeletesNothing() {
        int version = (Integer) shot("orenburg-arrest-1").get("version");
        given().delete("/api/films/{slug}/shots/orenburg-arrest-1", slug).then().statusCode(422)
                .body("errors.version", containsString("is required"));
        given().queryParam("version", version + 1).delete("/api/films/{slug}/shots/orenburg-arrest-1", slug)
                .then().statusCode(409).body("message", containsString("changed by someone else"));
        given().get("/api/films/{slug}/shots/orenburg-arrest-1", slug).then().statusCode(200);
    }

    @Test
    void deletingAShotRenumbersItsSceneAndKeepsItsCitationsOnTheScene() {
        String cited = SergeFilm.query(() -> Citation.<Citation>find("shot is not null and scene.sequence.film.slug = ?1", slug)
                .firstResultOptional().map(c -> c.shot.key).orElse(null));
        String key = cited != null ? cited : "orenburg-arrest-2";
        String scene = (String) shot(key).get("scene");
        long citationsOfScene = SergeFilm.query(() -> Citation.count("scene.key = ?1 and scene.sequence.film.slug = ?2", scene, slug));
        int before = numbersOf(scene).size();

        given().queryParam("version", shot(key).get("version"))
                .delete("/api/films/{slug}/shots/{key}", slug, key).then().statusCode(204);

        given().get("/api/films/{slug}/shots/{key}", slug, key).then().statusCode(404);
        assertThat(numbersOf(scene)).hasSize(before - 1);
        List<String> numbers = List.copyOf(numbersOf(scene).values());
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).endsWith("." + (i + 1));
        }
        assertThat(SergeFilm.query(() -> Citation.count("scene.key = ?1 and scene.sequence.film.slug = ?2", scene, slug)))
                .isEqualTo(citationsOfScene);
    }

    private Map<String, Object> shot(String key) {
        Map<String, Object> shot = new HashMap<>(given().get("/api/films/{slug}/shots/{key}", slug, key)
                .then().statusCode(200).extract().jsonPath().getMap(""));
        shot.remove("number");
        shot.remove("sequence");
        shot.remove("key");
        return shot;
    }

    private Map<String, String> numbersOf(String scene) {
        JsonPath shots = given().get("/api/films/{slug}/shots?scene={scene}", slug, scene).then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> numbers = new java.util.LinkedHashMap<>();
        List<String> keys = shots.getList("key");
        List<String> values = shots.getList("number");
        for (int i = 0; i < keys.size(); i++) {
            numbers.put(keys.get(i), values.get(i));
        }
        return numbers;
    }

    private String firstSourceKey() {
        return SergeFilm.query(() -> witness.source.Source.<witness.source.Source>find("film.slug = ?1 order by key", slug)
                .firstResult().key);
    }
}
