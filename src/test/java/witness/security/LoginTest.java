package witness.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.Pages;

/** People log in with their username and password; a disabled user cannot; logging out ends the session. */
@QuarkusTest
class LoginTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String PASSWORD = "orenburg-1933";

    @Test
    void theLoginPageHasLabelledFieldsPostingToTheSecurityCheck() {
        Document page = Pages.get(As.anonymous(), "/login");

        assertThat(page.select("main h1").text()).isEqualTo("Log in");
        assertThat(page.select("form").last().attr("action")).isEqualTo("/j_security_check");
        assertThat(page.select("label[for=j_username] input#j_username")).hasSize(1);
        assertThat(page.select("label[for=j_password] input#j_password[type=password]")).hasSize(1);
        assertThat(page.select("header a[href=/login]").text()).isEqualTo("Log in");
        assertThat(page.text()).doesNotContain("Wrong username or password");
    }

    @Test
    void theRightPasswordLandsOnTheDashboardWithTheCredentialCookie() {
        String user = user(Role.DIRECTOR, true);

        Response login = login(user, PASSWORD);

        login.then().statusCode(302).header("Location", endsWith("/"));
        String credential = login.cookie(LoginResource.CREDENTIAL_COOKIE);
        assertThat(credential).isNotBlank();
        Document page = Jsoup.parse(given().cookie(LoginResource.CREDENTIAL_COOKIE, credential).get("/")
                .then().statusCode(200).extract().asString());
        assertThat(page.select("header .signed-in .user").text()).isEqualTo(user);
        assertThat(page.select("header form[action=/logout] button").text()).isEqualTo("Log out");
    }

    @Test
    void aWrongPasswordShowsTheErrorPage() {
        String user = user(Role.PRODUCER, true);

        Response login = login(user, "not-" + PASSWORD);

        login.then().statusCode(302).header("Location", endsWith("/login?error=true"));
        assertThat(login.cookie(LoginResource.CREDENTIAL_COOKIE)).isNull();
        Document page = Pages.get(As.anonymous(), "/login?error=true");
        assertThat(page.select("[role=alert]").text()).isEqualTo("Wrong username or password.");
    }

    @Test
    void anUnknownUserShowsTheSameError() {
        login("nobody-" + COUNTER.incrementAndGet(), PASSWORD).then().statusCode(302)
                .header("Location", endsWith("/login?error=true"));
    }

    @Test
    void aDisabledUserCannotLogInEvenWithTheRightPassword() {
        String user = user(Role.PRODUCER, false);

        Response login = login(user, PASSWORD);

        login.then().statusCode(302).header("Location", endsWith("/login?error=true"));
        assertThat(login.cookie(LoginResource.CREDENTIAL_COOKIE)).isNull();
    }

    @Test
    void loggingOutClearsTheCredentialCookie() {
        String user = user(Role.RESEARCHER, true);
        String credential = login(user, PASSWORD).cookie(LoginResource.CREDENTIAL_COOKIE);

        Response logout = given().cookie(LoginResource.CREDENTIAL_COOKIE, credential).redirects().follow(false)
                .post("/logout");

        logout.then().statusCode(303).header("Location", endsWith("/"));
        assertThat(logout.detailedCookie(LoginResource.CREDENTIAL_COOKIE).getMaxAge()).isZero();
        assertThat(logout.cookie(LoginResource.CREDENTIAL_COOKIE)).isEmpty();
    }

    @Test
    void theRolesComeOutAsLowerCaseCodes() {
        WitnessUser user = new WitnessUser();
        user.role = Role.RESEARCHER;
        assertThat(user.roles()).isEqualTo("researcher");
    }

    static Response login(String username, String password) {
        return As.login(username, password);
    }

    /** A new user with the test password, e.g. director-3. */
    static String user(Role role, boolean enabled) {
        String username = role.code() + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000;
        QuarkusTransaction.requiringNew().run(() -> {
            WitnessUser user = new WitnessUser();
            user.username = username;
            user.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
            user.role = role;
            user.enabled = enabled;
            user.persist();
        });
        return username;
    }
}
