package witness.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import witness.core.Film;
import witness.testing.As;
import witness.testing.NoErrorLogged;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/**
 * The login against hostile input (issue 25): a username too long for any user is refused like a wrong password
 * without reaching the database; a login that is not a form is a 400; the login page names no film; logging out
 * and a new password end every session of the user, copies of the cookie included.
 */
@QuarkusTest
@ExtendWith(NoErrorLogged.class)
class LoginHardeningTest {
    static final String TOO_LONG = "u".repeat(PasswordLogin.MAX_USERNAME + 1);

    static long failuresOf(String username) {
        return SergeFilm.query(() -> LoginFailure.count("username", username));
    }

    @Test
    void aUsernameTooLongIsRefusedLikeAWrongPasswordAndNeverReachesTheDatabase() {
        As.login(TOO_LONG, "whatever-password").then().statusCode(302).header("Location", endsWith("/login?error=true"));
        As.login("é".repeat(300), "whatever-password").then().statusCode(302)
                .header("Location", endsWith("/login?error=true"));
        given(As.basic(TOO_LONG, "whatever-password")).get("/api/films/victor-serge/shots").then().statusCode(401);
        given(As.basic("x".repeat(5000), "p")).get("/api/films/victor-serge/shots").then().statusCode(401);

        assertThat(SergeFilm.query(() -> LoginFailure.count("length(username) > 80"))).isZero();
        String exactly80 = "v".repeat(PasswordLogin.MAX_USERNAME);
        As.login(exactly80, "whatever-password").then().statusCode(302);
        assertThat(failuresOf(exactly80)).as("a username as long as a user's may be is counted").isEqualTo(1);
    }

    @Test
    void aLoginThatIsNotAFormIsABadRequest() {
        Map<String, RequestSpecification> bodies = Map.of(
                "JSON", given().contentType("application/json").body("{\"j_username\":\"admin\",\"j_password\":\"x\"}"),
                "text", given().contentType("text/plain").body("j_username=admin&j_password=x"),
                "garbage", given().contentType("application/octet-stream").body(new byte[] { 0, (byte) 0xff, 0x25, 0x7a }),
                "no type", given().body("%%%garbage%%%"),
                "nothing", given());
        bodies.forEach((what, request) -> {
            Response answer = given(request).header("X-Test-Anonymous", "true").redirects().follow(false)
                    .post("/j_security_check");
            assertThat(answer.statusCode()).as(what).isEqualTo(400);
            assertThat(answer.asString()).as(what).contains("the login takes a form");
        });
    }

    @Test
    void aFormWithoutTheFieldsOrWithBrokenEncodingIsRefusedNeverA500() {
        for (String body : List.of("", "j_username=admin", "j_password=x")) {
            given().header("X-Test-Anonymous", "true").contentType("application/x-www-form-urlencoded").body(body)
                    .redirects().follow(false).post("/j_security_check").then().statusCode(400)
                    .body(containsString("with j_username and j_password"));
        }
        for (String body : List.of("%zz%%=&&=", "j_username=%ff%fe&j_password=%", "j_username=a&j_username=b&j_password=")) {
            int status = given().header("X-Test-Anonymous", "true").contentType("application/x-www-form-urlencoded")
                    .body(body).redirects().follow(false).post("/j_security_check").statusCode();
            assertThat(status).as(body).isIn(302, 400);
        }
    }

    @Test
    void theLoginPageNamesNoFilm() {
        List<String> titles = SergeFilm.query(() -> Film.allByTitle().stream().map(f -> f.title).toList());
        assertThat(titles).isNotEmpty();

        Document page = Pages.get(As.anonymous(), "/login");

        assertThat(page.select("#film-switcher")).isEmpty();
        assertThat(page.select("option")).isEmpty();
        titles.forEach(title -> assertThat(page.text()).doesNotContain(title));
        assertThat(Pages.get("/").select("#film-switcher option").eachText()).as("signed in, the switcher")
                .containsAll(titles);
    }

    @Test
    void loggingOutEndsEverySessionOfTheUserCopiesIncluded() {
        String user = As.newUser(Role.RESEARCHER);
        String copied = As.cookie(user, As.PASSWORD);
        String otherBrowser = As.cookie(user, As.PASSWORD);
        assertThat(signedIn(copied)).isTrue();

        given(session(copied)).redirects().follow(false).post("/logout").then().statusCode(303);

        assertThat(signedIn(copied)).isFalse();
        assertThat(signedIn(otherBrowser)).isFalse();
        given(session(copied)).get("/api/films/victor-serge/shots").then().statusCode(401);
        String again = As.cookie(user, As.PASSWORD);
        assertThat(signedIn(again)).as("logging in again opens a new session").isTrue();
    }

    @Test
    void aNewPasswordEndsEverySessionOfTheUser() {
        String user = As.newUser(Role.DIRECTOR);
        String copied = As.cookie(user, As.PASSWORD);
        assertThat(signedIn(copied)).isTrue();

        UsersPageTest.post("/users/" + user + "/password", Map.of("password", UsersPageTest.NEW_PASSWORD,
                "version", UsersPageTest.version(user))).statusCode(303);

        assertThat(signedIn(copied)).isFalse();
        assertThat(signedIn(As.cookie(user, UsersPageTest.NEW_PASSWORD))).isTrue();
    }

    @Test
    void loggingOutLeavesOtherUsersSignedIn() {
        String leaving = As.newUser(Role.VIEWER);
        String staying = As.newUser(Role.VIEWER);
        String stayingCookie = As.cookie(staying, As.PASSWORD);

        given(session(As.cookie(leaving, As.PASSWORD))).redirects().follow(false).post("/logout").then().statusCode(303);

        assertThat(signedIn(stayingCookie)).isTrue();
        given(session(stayingCookie)).get("/").then().statusCode(200)
                .body(containsString("<span class=\"user\">" + staying + "</span>"));
    }

    private static RequestSpecification session(String cookie) {
        return given().cookie(LoginResource.CREDENTIAL_COOKIE, cookie);
    }

    /** Whether the cookie opens a page rather than being sent to log in. */
    private static boolean signedIn(String cookie) {
        Response page = given(session(cookie)).redirects().follow(false).get("/films/victor-serge");
        return page.statusCode() == 200;
    }
}
