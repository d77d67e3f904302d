package witness.location;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.testing.Dossiers;
import witness.testing.FilmCopies;

/** The locations as JSON, and the location fields' way through the dossier. */
@QuarkusTest
class LocationApiTest {

    @Test
    void theApiListsGetsCreatesUpdatesAndDeletes() {
        String slug = FilmCopies.ofSerge("location-api");
        given().get("/api/films/{slug}/locations", slug).then().statusCode(200).body("$", hasSize(14));
        given().get("/api/films/{slug}/locations?recce=planned", slug).then().statusCode(200)
                .body("key", hasItems("marseille", "orenburg", "paricutin")).body("$", hasSize(3));
        given().get("/api/films/{slug}/locations/mexico-city", slug).then().statusCode(200)
                .body("name", equalTo("Mexico City")).body("permit", equalTo("applied")).body("recce", equalTo("done"));

        Map<String, Object> body = new HashMap<>(Map.of("name", "Villa Obregón", "city", "Mexico City",
                "latitude", 19.35, "longitude", -99.19, "periods", List.of("Last exile 1941–47"), "permit", "needed"));
        given().contentType(ContentType.JSON).body(body).post("/api/films/{slug}/locations", slug).then()
                .statusCode(201).header("Location", containsString("/api/films/" + slug + "/locations/villa-obregon"))
                .body("key", equalTo("villa-obregon")).body("recce", equalTo("not-done")).body("version", equalTo(0));

        body.put("latitude", 91);
        given().contentType(ContentType.JSON).body(body).post("/api/films/{slug}/locations", slug).then()
                .statusCode(422).body("errors.latitude", containsString("between"));
        body.put("latitude", 19.35);
        body.put("longitude", null);
        given().contentType(ContentType.JSON).body(body).post("/api/films/{slug}/locations", slug).then()
                .statusCode(422).body("errors.longitude", containsString("both coordinates or neither"));
        body.put("longitude", -99.19);
        body.put("periods", List.of("Last exile 1941–47 ".repeat(60)));
        given().contentType(ContentType.JSON).body(body).post("/api/films/{slug}/locations", slug).then()
                .statusCode(422).body("errors.periods", equalTo("is too long: 1000 characters at most in all"));
        body.put("periods", List.of("Last exile 1941–47"));

        Map<String, Object> update = new HashMap<>(Map.of("name", "Villa Obregón", "address", "Avenida de la Paz 1",
                "permit", "granted", "version", 0));
        given().contentType(ContentType.JSON).body(update).put("/api/films/{slug}/locations/villa-obregon", slug)
                .then().statusCode(200).body("address", equalTo("Avenida de la Paz 1"))
                .body("permit", equalTo("granted")).body("version", equalTo(1))
                .body("periods", hasItems("Last exile 1941–47"));
        given().contentType(ContentType.JSON).body(update).put("/api/films/{slug}/locations/villa-obregon", slug)
                .then().statusCode(409);
        given().delete("/api/films/{slug}/locations/villa-obregon?version=0", slug).then().statusCode(409);
        given().delete("/api/films/{slug}/locations/villa-obregon?version=1", slug).then().statusCode(204);
        given().get("/api/films/{slug}/locations/villa-obregon", slug).then().statusCode(404);
    }

    @Test
    void anAddressAndAnInterviewsLocationGoThroughTheDossierAndBack() {
        String slug = FilmCopies.ofSerge("location-dossier");
        long version = LocationTesting.stored(slug, "mexico-city").version;
        Map<String, Object> form = LocationTesting.mexicoCity(version);
        form.put("address", "Calle Francisco Sosa 383, Coyoacán");
        LocationTesting.post("/films/" + slug + "/locations/mexico-city", form).statusCode(303);
        LocationEditingTest.setInterviewLocation(slug, "vlady", "mexico-city");

        Map<String, String> exported = Dossiers.download(slug);
        assertThat(exported.get("research/locations.yaml")).contains("address: \"Calle Francisco Sosa 383, Coyoacán\"");
        assertThat(exported.get("research/interviews.yaml")).contains("location: mexico-city");

        String copy = slug + "-copy";
        Dossiers.upload(exported, copy).then().statusCode(201);
        assertThat(LocationTesting.stored(copy, "mexico-city").address).isEqualTo("Calle Francisco Sosa 383, Coyoacán");
        Map<String, String> again = Dossiers.download(copy);
        assertThat(again.get("research/locations.yaml")).isEqualTo(exported.get("research/locations.yaml"));
        assertThat(again.get("research/interviews.yaml")).isEqualTo(exported.get("research/interviews.yaml"));
    }

    @Test
    void aDossierWithATooLongAddressOrAnUnknownInterviewLocationIsRefusedNamingTheFile() {
        Map<String, String> files = new HashMap<>(Dossiers.download(witness.testing.SergeFilm.SLUG));
        String locations = files.get("research/locations.yaml");
        files.put("research/locations.yaml", locations.replace("  name: Mexico City\n",
                "  name: Mexico City\n  address: " + "x".repeat(501) + "\n"));
        Dossiers.upload(files, "location-long-address").then().statusCode(422)
                .body(containsString("research/locations.yaml"), containsString("address"));

        files.put("research/locations.yaml", locations);
        files.put("research/interviews.yaml", files.get("research/interviews.yaml")
                .replaceFirst("\n  status:", "\n  location: atlantis\n  status:"));
        Dossiers.upload(files, "location-unknown").then().statusCode(422)
                .body(containsString("research/interviews.yaml"), containsString("atlantis"));
        given().get("/films/location-long-address/locations").then().statusCode(404);
        given().get("/films/location-unknown/locations").then().statusCode(404);
    }
}
