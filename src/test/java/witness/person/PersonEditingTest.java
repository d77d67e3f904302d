package witness.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** People are added and changed by form and API; their contact details by producers only. */
@QuarkusTest
class PersonEditingTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void aPersonIsChangedFromTheirPage() {
        String slug = FilmCopies.ofSerge("people");
        Document page = Pages.get("/films/{slug}/people/vlady", slug);
        String version = page.select("form#edit-person input[name=version]").val();
        assertThat(page.select("#edit-person-role option[selected]").val()).isEqualTo("interviewee");
        assertThat(page.select("#edit-person-alive option[selected]").val()).isEqualTo("yes");

        post("/films/" + slug + "/people/vlady", Map.of("version", version, "name", "Vlady Kibaltchitch",
                "otherNames", "Vladimir Kibalchich\r\n\r\n Vlady ", "relation", "son of Victor Serge", "role", "witness",
                "languages", "French\nSpanish\nRussian", "alive", "no", "notes", "Painter in Mexico."))
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/people/vlady"));

        Person vlady = person(slug, "vlady");
        assertThat(vlady.name).isEqualTo("Vlady Kibaltchitch");
        assertThat(vlady.otherNames).containsExactly("Vladimir Kibalchich", "Vlady");
        assertThat(vlady.languages).containsExactly("French", "Spanish", "Russian");
        assertThat(vlady.role).isEqualTo(PersonRole.WITNESS);
        assertThat(vlady.alive).isFalse();
        Document after = Pages.get("/films/{slug}/people/vlady", slug);
        assertThat(after.select(".living").text()).isEqualTo("deceased");
    }

    @Test
    void refusedFieldsAreNamedBesideTheirControlsAndNothingIsSaved() {
        String slug = FilmCopies.ofSerge("people");
        String version = Pages.get("/films/{slug}/people/vlady", slug).select("form#edit-person input[name=version]").val();

        String html = post("/films/" + slug + "/people/vlady", Map.of("version", version, "name", " ",
                "relation", "son", "role", "painter", "alive", "perhaps")).statusCode(422).extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#edit-person-name-error").text()).isEqualTo("Name must not be blank");
        assertThat(page.select("#edit-person-role-error").text()).startsWith("Role: 'painter' is not one of: subject");
        assertThat(page.select("#edit-person-alive-error").text()).startsWith("Alive: 'perhaps' is not one of: yes, no, unknown");
        assertThat(page.select("#edit-person-name").attr("aria-invalid")).isEqualTo("true");
        // Around the refused form the page shows what is stored, not what was refused.
        assertThat(page.select("main h1").text()).isEqualTo("Vlady Kibalchich");
        assertThat(page.select("dd.relation").text()).isNotEqualTo("son");
        assertThat(person(slug, "vlady").name).isEqualTo("Vlady Kibalchich");
    }

    @Test
    void aStaleVersionIsAConflict() {
        String slug = FilmCopies.ofSerge("people");
        String version = Pages.get("/films/{slug}/people/vlady", slug).select("form#edit-person input[name=version]").val();
        Map<String, String> form = Map.of("version", version, "name", "Vlady", "relation", "son", "role", "interviewee");
        post("/films/" + slug + "/people/vlady", form).statusCode(303);

        post("/films/" + slug + "/people/vlady", Map.of("version", version, "name", "Vlady K.", "relation", "son",
                "role", "interviewee")).statusCode(409);

        assertThat(person(slug, "vlady").name).isEqualTo("Vlady");
    }

    @Test
    void aPersonIsCreatedWithAKeyFromTheirName() {
        String slug = FilmCopies.ofSerge("people");
        assertThat(Pages.get("/films/{slug}/people/new", slug).select("form#new-person").attr("action"))
                .isEqualTo("/films/" + slug + "/people");

        post("/films/" + slug + "/people", Map.of("name", "Marcel Martinet", "relation", "friend and poet",
                "role", "historical", "alive", "no", "languages", "French"))
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/people/marcel-martinet"));

        assertThat(person(slug, "marcel-martinet").relation).isEqualTo("friend and poet");
        String refused = post("/films/" + slug + "/people", Map.of("name", "New", "relation", "", "alive", "unknown"))
                .statusCode(422).extract().asString();
        Document page = Jsoup.parse(refused);
        assertThat(page.select("#new-person-relation-error").text()).isEqualTo("Relation to the subject must not be blank");
        assertThat(page.select("#new-person-role-error").text()).startsWith("Role is required");
        assertThat(page.select("#new-person-name").val()).isEqualTo("New");
    }

    @Test
    @TestSecurity(user = "producer", roles = "producer")
    void aProducerStoresContactDetailsAndABadEmailIsRefused() {
        String slug = FilmCopies.ofSerge("people");
        Document page = Pages.get("/films/{slug}/people/jeannine", slug);
        assertThat(page.select("#contact form#edit-contact")).hasSize(1);

        post("/films/" + slug + "/people/jeannine/contact", Map.of("phone", "+52 55 0000 0000",
                "email", "jeannine@example.org", "address", "Mexico City", "note", "Through her son", "version", ""))
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/people/jeannine#contact"));

        Document after = Pages.get("/films/{slug}/people/jeannine", slug);
        assertThat(after.select("#contact .phone").text()).isEqualTo("+52 55 0000 0000");
        assertThat(after.select("#contact .email").text()).isEqualTo("jeannine@example.org");
        String version = after.select("form#edit-contact input[name=version]").val();
        String refused = post("/films/" + slug + "/people/jeannine/contact", Map.of("email", "not an address",
                "version", version)).statusCode(422).extract().asString();
        assertThat(Jsoup.parse(refused).select("#edit-contact-email-error").text()).startsWith("E-mail must be an e-mail address");
        assertThat(Jsoup.parse(refused).select("#contact .email").text()).isEqualTo("jeannine@example.org");
        post("/films/" + slug + "/people/jeannine/contact", Map.of("phone", "1", "version", "99")).statusCode(409);
        assertThat(SergeFilm.query(() -> PersonContact.of(person(slug, "jeannine")).orElseThrow().email))
                .isEqualTo("jeannine@example.org");
    }

    @Test
    void aDirectorMayNotPostContactDetails() {
        String slug = FilmCopies.ofSerge("people");

        given(As.director()).contentType(FORM).formParams(Map.of("phone", "123")).redirects().follow(false)
                .post("/films/" + slug + "/people/jeannine/contact").then().statusCode(403);
        given(As.director()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("name", "Jeannine", "relation", "daughter", "role", "interviewee", "version", 0,
                        "contact", Map.of("phone", "123")))
                .put("/api/films/{slug}/people/jeannine", slug).then().statusCode(403);

        assertThat(SergeFilm.query(() -> PersonContact.of(person(slug, "jeannine")).isPresent())).isFalse();
        assertThat(Pages.get(As.director(), "/films/{slug}/people/jeannine", slug).select("#contact")).isEmpty();
    }

    // ---- API

    @Test
    void theApiListsGetsCreatesAndUpdatesPeopleRefusingAStaleVersion() {
        String slug = FilmCopies.ofSerge("people");
        api().get("/api/films/{slug}/people", slug).then().statusCode(200).body("find { it.key == 'vlady' }.role",
                equalTo("interviewee"));
        int version = api().get("/api/films/{slug}/people/vlady", slug).then().statusCode(200)
                .body("name", equalTo("Vlady Kibalchich")).body("contact", nullValue()).extract().path("version");

        api().body(Map.of("name", "Vlady", "relation", "son", "role", "interviewee", "languages", List.of("French"),
                "version", version)).put("/api/films/{slug}/people/vlady", slug).then().statusCode(200)
                .body("name", equalTo("Vlady")).body("version", equalTo(version + 1));
        api().body(Map.of("name", "Vlady K", "relation", "son", "role", "interviewee", "version", version))
                .put("/api/films/{slug}/people/vlady", slug).then().statusCode(409);
        api().body(Map.of("name", "", "relation", "son", "role", "nobody", "version", version + 1))
                .put("/api/films/{slug}/people/vlady", slug).then().statusCode(422)
                .body("errors.name", equalTo("must not be blank")).body("errors.role", org.hamcrest.Matchers.startsWith("'nobody'"));
        // Other names and languages are kept one a line in a column of 1,000 characters.
        api().body(Map.of("name", "Vlady", "relation", "son", "role", "interviewee", "version", version + 1,
                "otherNames", List.of("V".repeat(600), "K".repeat(600)), "languages", List.of("French".repeat(200))))
                .put("/api/films/{slug}/people/vlady", slug).then().statusCode(422)
                .body("errors.otherNames", equalTo("is too long: 1000 characters at most in all"))
                .body("errors.languages", equalTo("is too long: 1000 characters at most in all"));

        api().body(Map.of("name", "Magdeleine Marx", "relation", "friend", "role", "historical"))
                .post("/api/films/{slug}/people", slug).then().statusCode(201)
                .header("Location", endsWith("/api/films/" + slug + "/people/magdeleine-marx"))
                .body("key", equalTo("magdeleine-marx"));
    }

    @Test
    void theApiAndThePageReadTheSameFieldsAliveAsTrueFalseOrNothingAndListsAsArrays() {
        String slug = FilmCopies.ofSerge("people");
        int version = api().get("/api/films/{slug}/people/vlady", slug).then().body("alive", equalTo(true))
                .extract().path("version");

        api().body(Map.of("name", "Vlady", "relation", "son", "role", "witness", "alive", false,
                "otherNames", List.of("Vladimir Kibalchich", "Vlady"), "version", version))
                .put("/api/films/{slug}/people/vlady", slug).then().statusCode(200)
                .body("alive", equalTo(false)).body("otherNames", contains("Vladimir Kibalchich", "Vlady"));

        Document page = Pages.get("/films/{slug}/people/vlady", slug);
        assertThat(page.select("#edit-person-alive option[selected]").val()).isEqualTo("no");
        assertThat(page.select("#edit-person-otherNames").val()).isEqualTo("Vladimir Kibalchich\nVlady");
        assertThat(page.select("#edit-person-role option[selected]").val()).isEqualTo("witness");
        api().body(Map.of("name", "Vlady", "relation", "son", "role", "witness", "version", version + 1))
                .put("/api/films/{slug}/people/vlady", slug).then().statusCode(200).body("alive", nullValue());
        api().body(Map.of("name", "Vlady", "relation", "son", "role", "witness", "alive", "perhaps"))
                .post("/api/films/{slug}/people", slug).then().statusCode(400).body("errors.alive", notNullValue());
    }

    @Test
    void aFormWhoseVersionIsNotANumberIsRefusedNamingTheFieldAndChangesNothing() {
        String slug = FilmCopies.ofSerge("people");

        var refused = post("/films/" + slug + "/people/vlady", Map.of("name", "Someone else", "relation", "son",
                "role", "witness", "alive", "yes", "version", "seven")).extract();

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("version: must be the number of the version you read, not 'seven'");
        assertThat(person(slug, "vlady").name).isEqualTo("Vlady Kibalchich");
    }

    @Test
    @TestSecurity(user = "producer", roles = "producer")
    void aProducerReadsAndWritesContactDetailsThroughTheApi() {
        String slug = FilmCopies.ofSerge("people");
        int version = api().get("/api/films/{slug}/people/jeannine", slug).then().extract().path("version");

        api().body(Map.of("name", "Jeannine Kibalchich", "relation", "daughter", "role", "interviewee",
                "version", version, "contact", Map.of("email", "j@example.org")))
                .put("/api/films/{slug}/people/jeannine", slug).then().statusCode(200)
                .body("contact.email", equalTo("j@example.org"));
        api().body(Map.of("name", "Jeannine Kibalchich", "relation", "daughter", "role", "interviewee",
                "version", version + 1, "contact", Map.of("email", "bad", "version", 0)))
                .put("/api/films/{slug}/people/jeannine", slug).then().statusCode(422)
                .body("errors.'contact.email'", org.hamcrest.Matchers.startsWith("must be an e-mail"));
        api().body(Map.of("name", "Jeannine Kibalchich", "relation", "daughter", "role", "interviewee",
                "version", version + 1, "contact", Map.of("email", "j2@example.org", "version", 7)))
                .put("/api/films/{slug}/people/jeannine", slug).then().statusCode(409);
        api().get("/api/films/{slug}/people", slug).then()
                .body("find { it.key == 'jeannine' }.contact.email", equalTo("j@example.org"))
                .body("find { it.key == 'vlady' }.contact", nullValue());
    }

    @Test
    void theOpenApiDescriptionNamesThePeopleEndpoints() {
        String description = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();

        assertThat(description).contains("/api/films/{slug}/people:", "/api/films/{slug}/people/{key}:",
                "Contact details: personal data, producers only");
    }

    private static io.restassured.specification.RequestSpecification api() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static ValidatableResponse post(String path, Map<String, String> form) {
        return given().contentType(FORM).formParams(form).redirects().follow(false).post(path).then();
    }

    static Person person(String slug, String key) {
        return SergeFilm.query(() -> Person.<Person>find("film.slug = ?1 and key = ?2", slug, key).firstResult());
    }
}
