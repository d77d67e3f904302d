package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

/** Scripts read and change interviews as JSON under /api/films/{slug}/interviews. */
@QuarkusTest
class InterviewApiTest {

    @Test
    void interviewsAreListedAndReadWithTheirWarnings() {
        given().get("/api/films/{slug}/interviews", SergeFilm.SLUG).then().statusCode(200)
                .body("key", hasItem("vlady")).body("find { it.key == 'vlady' }.person", equalTo("vlady"))
                .body("find { it.key == 'vlady' }.status", equalTo("pre-interviewed"));
        given().get("/api/films/{slug}/interviews/nobody", SergeFilm.SLUG).then().statusCode(404);
    }

    @Test
    void anInterviewIsCreatedUpdatedAndMovedAndAStaleUpdateIsAConflict() {
        String slug = FilmCopies.ofSerge("interviews");
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("person", "varian-fry", "language", "English", "date", "2026-07-01"))
                .post("/api/films/{slug}/interviews", slug).then().statusCode(201)
                .body("key", equalTo("varian-fry")).body("status", equalTo("identified"))
                .extract().header("Location");
        assertThat(location).endsWith("/api/films/" + slug + "/interviews/varian-fry");

        int version = given().get(location).then().statusCode(200).extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("place", "Marseille", "status", "agreed", "fee", 200,
                "version", version)).put(location).then().statusCode(200)
                .body("place", equalTo("Marseille")).body("fee", equalTo(200)).body("status", equalTo("agreed"));
        given().contentType(ContentType.JSON).body(Map.of("place", "Lisbon", "version", version)).put(location)
                .then().statusCode(409).body("message", containsString("changed by someone else"));
        given().contentType(ContentType.JSON).body(Map.of("date", "July", "version", version + 1)).put(location)
                .then().statusCode(422).body("errors.date", containsString("must be a date"));
        // A fee is read as the form reads it: "1,500" is 1500, words are a message naming the field.
        given().contentType(ContentType.JSON).body(Map.of("fee", "a lot", "version", version + 1)).put(location)
                .then().statusCode(422).body("errors.fee", containsString("must be an amount like 150.00"));
        given().contentType(ContentType.JSON).body(Map.of("place", "Marseille", "fee", "1,500", "version",
                version + 1)).put(location).then().statusCode(200).body("fee", equalTo(1500));

        given().contentType(ContentType.JSON).body(Map.of("status", "filmed")).post(location + "/move").then()
                .statusCode(200).body("status", equalTo("filmed"))
                .body("warnings", hasItem("Filmed without a signed release form"));
        given().contentType(ContentType.JSON).body(Map.of("status", "lost")).post(location + "/move").then()
                .statusCode(422).body("errors.status", containsString("'lost' is not one of"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/films/{slug}/interviews", slug).then()
                .statusCode(422).body("errors.person", containsString("is required"));
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/films/{slug}/interviews/{key}/move"));
    }
}
