package witness.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.testing.As;

/**
 * A session cookie renewed while it is used keeps the session generation it was opened in: the renewed cookie works,
 * and logging out ends it and the first one alike. The cookie is renewed after a second here (a minute by default).
 */
@QuarkusTest
@TestProfile(SessionRenewalTest.RenewedEverySecond.class)
class SessionRenewalTest {

    public static class RenewedEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.form.new-cookie-interval", "PT1S");
        }
    }

    @Test
    void aRenewedCookieKeepsTheSessionUntilTheUserLogsOut() throws InterruptedException {
        String user = As.newUser(Role.VIEWER);
        String first = As.cookie(user, As.PASSWORD);
        Thread.sleep(2_500);

        Response page = page(first);
        String renewed = page.cookie(LoginResource.CREDENTIAL_COOKIE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(renewed).as("renewed").isNotBlank().isNotEqualTo(first);
        assertThat(page(renewed).statusCode()).isEqualTo(200);

        given().cookie(LoginResource.CREDENTIAL_COOKIE, renewed).redirects().follow(false).post("/logout").then()
                .statusCode(303);

        assertThat(page(renewed).statusCode()).isEqualTo(302);
        assertThat(page(first).statusCode()).isEqualTo(302);
    }

    private static Response page(String cookie) {
        return given().cookie(LoginResource.CREDENTIAL_COOKIE, cookie).redirects().follow(false).get("/films/victor-serge");
    }
}
