package witness.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/**
 * A crew member has a crew role and department, which anyone reads, and a day rate with its currency, which only
 * producers see, with the contact details.
 */
@QuarkusTest
class CrewDetailsTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void aCameraOperatorsDepartmentComesFromTheRoleAndTheirDayRateIsForProducersOnly() {
        String slug = FilmCopies.ofSerge("crew-details");
        given().contentType(ContentType.JSON).body(Map.of("name", "Alain Dupont", "relation", "camera operator of the"
                + " film", "role", "crew", "crewRole", "camera", "contact", Map.of("phone", "+33 1 23",
                "dayRate", 450, "dayRateCurrency", "eur"))).post("/api/films/{slug}/people", slug).then()
                .statusCode(201).body("crewRole", equalTo("camera")).body("department", nullValue())
                .body("contact.dayRate", equalTo(450.0f)).body("contact.dayRateCurrency", equalTo("EUR"));

        given(As.director()).get("/api/films/{slug}/people/alain-dupont", slug).then().statusCode(200)
                .body("crewRole", equalTo("camera")).body("contact", nullValue());
        var page = Pages.get("/films/{slug}/people/alain-dupont", slug);
        assertThat(page.select(".role").text()).isEqualTo("crew: camera, Camera");
        assertThat(page.select(".day-rate").text()).isEqualTo("450.00 EUR");
        assertThat(Pages.get(As.director(), "/films/{slug}/people/alain-dupont", slug).select(".day-rate")).isEmpty();

        // the role changed, the department follows it; one written stays
        int version = given().get("/api/films/{slug}/people/alain-dupont", slug).then().extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("name", "Alain Dupont", "relation", "sound recordist",
                "role", "crew", "crewRole", "sound", "version", version)).put("/api/films/{slug}/people/alain-dupont",
                slug).then().statusCode(200);
        assertThat(Pages.get("/films/{slug}/people/alain-dupont", slug).select(".department").text()).isEqualTo("Sound");
        given().contentType(ContentType.JSON).body(Map.of("name", "Alain Dupont", "relation", "sound recordist",
                "role", "crew", "crewRole", "sound", "department", "Second unit", "version", version + 1))
                .put("/api/films/{slug}/people/alain-dupont", slug).then().statusCode(200)
                .body("department", equalTo("Second unit"));
    }

    @Test
    void aCrewRoleOfSomeoneNotCrewAndABadRateAreRefusedByField() {
        String slug = FilmCopies.ofSerge("crew-details");
        given().contentType(ContentType.JSON).body(Map.of("name", "Vlady", "relation", "son", "role", "interviewee",
                "crewRole", "sound")).post("/api/films/{slug}/people", slug).then().statusCode(422)
                .body("errors.crewRole", equalTo("is for crew members only: make the role crew, or leave the crew role"
                        + " empty"));
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "relation", "fixer", "role", "crew",
                "crewRole", "grip")).post("/api/films/{slug}/people", slug).then().statusCode(422)
                .body("errors.crewRole", org.hamcrest.Matchers.startsWith("'grip'"));
        String refused = given().contentType(FORM).formParam("dayRate", "a lot").formParam("dayRateCurrency", "euros")
                .redirects().follow(false).post("/films/{slug}/people/vlady/contact", slug).then().statusCode(422)
                .extract().asString();
        var page = org.jsoup.Jsoup.parse(refused);
        assertThat(page.select("#edit-contact-dayRate-error").text()).isEqualTo("Day rate must be an amount like 150.00,"
                + " not 'a lot'");
        assertThat(page.select("#edit-contact-dayRateCurrency-error").text())
                .isEqualTo("Currency must be a three-letter currency code such as GBP");
    }
}
