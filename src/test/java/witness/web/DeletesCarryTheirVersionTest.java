package witness.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/**
 * One rule for every delete a page offers: its confirmation sends the version it was read at. A delete with an
 * older version is refused (409) and one without a version is refused by name (422); either way nothing is
 * deleted, and the confirmation read now still deletes.
 */
@QuarkusTest
class DeletesCarryTheirVersionTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @ParameterizedTest(name = "/films/…/{0}/delete")
    @ValueSource(strings = {"sequences/mexico", "scenes/prologue-taxi", "shots/orenburg-arrest-2", "sources/tulayev",
            "interviews/vlady", "chronology/death-mexico-city", "locations/mexico-city", "schedules/mexico-shoot"})
    void aStaleOrMissingVersionDeletesNothing(String item) {
        String confirmation = "/films/" + FilmCopies.ofSerge("stale-deletes") + "/" + item + "/delete";
        Element version = Pages.get(confirmation).selectFirst("form.deletion input[name=version]");
        long read = Long.parseLong(version.val());

        given().contentType(FORM).formParam("version", read - 1).post(confirmation).then().statusCode(409)
                .body(containsString("changed by someone else since you opened it"));
        given().contentType(FORM).formParam("version", read + 1).post(confirmation).then().statusCode(409);
        given().contentType(FORM).formParam("version", "yesterday").post(confirmation).then().statusCode(422)
                .body(containsString("must be the number of the version you read"));
        given().contentType(FORM).post(confirmation).then().statusCode(422)
                .body(containsString("send the version you read"));

        Pages.confirmDeletion(confirmation).statusCode(303);
        given().get(confirmation).then().statusCode(404);
    }
}
