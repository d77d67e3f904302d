package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.source.Source;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.web.Formats;

/** Scripts and tools keep the sources through /api/films/{slug}/sources. */
@QuarkusTest
class SourceApiTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("source-api");
    }

    @Test
    void aSourceIsCreatedReadUpdatedAndDeleted() {
        Map<String, Object> book = new HashMap<>(Map.of("type", "book", "title", "Carnets (1936-1947)",
                "authors", List.of("Serge, Victor"), "issued", "1952", "fee", 75.5, "currency", "EUR",
                "clearance", "requested"));
        given().contentType(ContentType.JSON).body(book).post("/api/films/{slug}/sources", slug).then()
                .statusCode(201).header("Location", endsWith("/api/films/" + slug + "/sources/carnets-1936-1947"))
                .body("authors", equalTo(List.of("Serge, Victor"))).body("fee", equalTo(75.5f))
                .body("clearance", equalTo("requested")).body("version", equalTo(0));

        book.put("version", 0);
        book.put("title", "Carnets");
        given().contentType(ContentType.JSON).body(book).put("/api/films/{slug}/sources/carnets-1936-1947", slug)
                .then().statusCode(200).body("title", equalTo("Carnets")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(book).put("/api/films/{slug}/sources/carnets-1936-1947", slug)
                .then().statusCode(409).body("message", containsString("changed by someone else"));

        given().get("/api/films/{slug}/sources?clearance=requested", slug).then().statusCode(200)
                .body("key", hasItems("carnets-1936-1947")).body("key", not(hasItems("memoirs")));
        given().queryParam("version", 0).delete("/api/films/{slug}/sources/carnets-1936-1947", slug).then()
                .statusCode(409).body("message", containsString("changed by someone else"));
        given().delete("/api/films/{slug}/sources/carnets-1936-1947", slug).then().statusCode(422)
                .body("errors.version", containsString("is required"));
        given().queryParam("version", 1).delete("/api/films/{slug}/sources/carnets-1936-1947", slug).then()
                .statusCode(204);
        given().get("/api/films/{slug}/sources/carnets-1936-1947", slug).then().statusCode(404);
    }

    @Test
    void badFieldsAreRefusedByName() {
        api().body(Map.of("type", "book", "title", " ", "issued", "1947-13", "fee", -1, "currency", "pounds"))
                .post("/api/films/{slug}/sources", slug).then().statusCode(422)
                .body("errors.title", equalTo("must not be blank"))
                .body("errors.issued", containsString("is not a date"))
                .body("errors.fee", equalTo("must be 0 or more"))
                .body("errors.currency", containsString("three-letter"));
        api().body(Map.of("type", "book", "title", "x", "fee", 1.005, "currency", "GBP"))
                .post("/api/films/{slug}/sources", slug).then().statusCode(422)
                .body("errors.fee", containsString("at most 2 decimals"));
        given().get("/api/films/{slug}/sources?type=hologram", slug).then().statusCode(400);
    }

    @Test
    void onlyWebAndMailAddressesAreTakenAsAUrlAndNoOtherIsWrittenAsALink() {
        for (String url : List.of("javascript:alert(3)", "data:text/html,<b>x</b>", "file:///etc/passwd",
                "vbscript:msgbox", "www.example.org")) {
            api().body(Map.of("type", "book", "title", "Carnets", "url", url)).post("/api/films/{slug}/sources", slug)
                    .then().statusCode(422).body("errors.url", containsString("http://"));
        }
        api().body(Map.of("type", "book", "title", "Carnets", "url", "https://archive.org/details/carnets"))
                .post("/api/films/{slug}/sources", slug).then().statusCode(201);

        // One stored before the rule (written straight to the database): shown as text, never as a link.
        String key = QuarkusTransaction.requiringNew().call(() -> {
            Source first = Source.<Source>list("film.slug = ?1", slug).get(0);
            Source.update("url = 'javascript:alert(3)' where id = ?1", first.id);
            return first.key;
        });
        Document page = Pages.get("/films/{slug}/sources/{key}", slug, key);
        assertThat(page.select("dd.url").text()).isEqualTo("javascript:alert(3)");
        assertThat(page.select("dd.url a")).isEmpty();
    }

    @Test
    void markdownKeepsWebAndMailLinksAndWritesNoOther() {
        assertThat(Formats.markdown("[a](https://example.org) [b](mailto:x@example.org) [c](data:text/html,x)"
                + " [d](javascript:alert(1))"))
                .contains("href=\"https://example.org\"", "href=\"mailto:x@example.org\"")
                .doesNotContain("data:", "javascript:");
    }

    @Test
    void aSourceTestimoniesComeFromIsNotDeleted() {
        Object version = given().get("/api/films/{slug}/sources/gorkin-testimony", slug).then().extract().path("version");
        given().queryParam("version", version).delete("/api/films/{slug}/sources/gorkin-testimony", slug).then()
                .statusCode(409)
                .body("message", containsString("gorkin-corpse"));
        given().get("/api/films/{slug}/sources/gorkin-testimony", slug).then().statusCode(200)
                .body("authors", equalTo(List.of("Gorkin, Julian")));
    }

    private static RequestSpecification api() {
        return given().contentType(ContentType.JSON);
    }
}
