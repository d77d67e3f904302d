package witness.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import witness.film.Sequence;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/**
 * Every page and API call needs a login: pages send people to /login, the API answers 401 and takes
 * HTTP Basic; someone without the role gets 403 and a message naming it.
 */
@QuarkusTest
class AccessPolicyTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @ParameterizedTest
    @ValueSource(strings = { "/", "/films/victor-serge", "/films/victor-serge/shots", "/films/victor-serge/script.pdf",
            "/films/victor-serge/dossier.zip", "/users", "/q/openapi", "/q/swagger-ui/" })
    void aPageAsksSomeoneNotLoggedInToLogIn(String path) {
        given(As.anonymous()).redirects().follow(false).get(path).then().statusCode(302)
                .header("Location", endsWith("/login"))
                .header("WWW-Authenticate", (String) null);
    }

    @Test
    void aFormPostedBySomeoneNotLoggedInChangesNothing() {
        long before = SergeFilm.query(() -> Sequence.count());
        given(As.anonymous()).contentType(FORM).formParam("title", "Anonymous").redirects().follow(false)
                .post("/films/victor-serge/sequences").then().statusCode(302).header("Location", endsWith("/login"));
        assertThat(SergeFilm.query(() -> Sequence.count())).isEqualTo(before);
    }

    @Test
    void theApiAnswersSomeoneNotLoggedIn401WithABasicChallenge() {
        given(As.anonymous()).get("/api/films/victor-serge/shots").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic realm=\"Witness\""));
        given(As.anonymous()).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .post("/api/films/victor-serge/sequences").then().statusCode(401);
    }

    @Test
    void anHtmxRequestOfSomeoneWhoseSessionEndedIsToldToLoadTheLoginPage() {
        given(As.anonymous()).header("HX-Request", "true").redirects().follow(false).get("/films/victor-serge/shots")
                .then().statusCode(401).header("HX-Redirect", "/login");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/login", "/witness.css", "/witness.js", "/webjars/htmx.org/dist/htmx.min.js", "/q/health",
            "/favicon.ico" })
    void loggingInTheStylesScriptsAndHealthCheckNeedNoLogin(String path) {
        given(As.anonymous()).redirects().follow(false).get(path).then().statusCode(200);
    }

    @Test
    void theBrowsersTabIconIsAnIconFile() {
        byte[] icon = given(As.anonymous()).get("/favicon.ico").then().statusCode(200).extract().asByteArray();
        assertThat(icon).startsWith(0, 0, 1, 0);
    }

    @Test
    void theLoginPageShownToSomeoneNotLoggedInHasNoLinksIntoTheFilm() {
        Document page = Pages.get(As.anonymous(), "/login");
        assertThat(page.select("header .signed-in a[href=/login]").text()).isEqualTo("Log in");
        assertThat(page.select("a[href=/users]")).isEmpty();
    }

    @Test
    void aScriptCallsTheApiWithBasicAuthentication() {
        String researcher = As.newUser(Role.RESEARCHER);
        String slug = FilmCopies.ofSerge("basic");

        given(As.basic(researcher, As.PASSWORD)).get("/api/films/{slug}/shots", slug).then().statusCode(200);
        given(As.basic(researcher, As.PASSWORD)).contentType(ContentType.JSON)
                .body(Map.of("type", "book", "title", "Memoirs of a Revolutionary, by Basic"))
                .post("/api/films/{slug}/sources", slug).then().statusCode(201);
        given(As.basic(researcher, As.PASSWORD)).contentType(ContentType.JSON).body(Map.of("title", "Not mine"))
                .post("/api/films/{slug}/sequences", slug).then().statusCode(403)
                .body("message", containsString("Only a producer or a director may change the structure"));
        given(As.basic(researcher, "not-" + As.PASSWORD)).get("/api/films/{slug}/shots", slug).then().statusCode(401);
    }

    @Test
    void aPageRefusedForTheRoleSaysWhichRoleItNeedsAndWhoIsAsking() {
        Response refused = given(As.viewer()).contentType(FORM).formParam("title", "Viewer's sequence")
                .redirects().follow(false).post("/films/victor-serge/sequences");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.title()).isEqualTo("Not allowed · Witness");
        assertThat(page.select("main h1").text()).isEqualTo("Not allowed");
        assertThat(page.select("#refusal").text()).isEqualTo(
                "Only a producer or a director may change the structure. You are logged in as “test-viewer” (viewer).");
        assertThat(SergeFilm.query(() -> Sequence.count("title", "Viewer's sequence"))).isZero();
    }

    @Test
    void anHtmxRequestRefusedForTheRoleShowsTheMessageInTheFlashRegion() {
        given(As.researcher()).header("HX-Request", "true").contentType(FORM).formParam("title", "x")
                .post("/films/victor-serge/sequences").then().statusCode(403).header("HX-Retarget", "#flash")
                .body(containsString("<p class=\"alert\" role=\"alert\">Only a producer or a director may change the structure."));
    }

    @Test
    void theProducersOwnAreasAreNotEvenShownToOthers() {
        given(As.director()).get("/users").then().statusCode(403)
                .body(containsString("Only a producer may see users."));
        given(As.director()).get("/api/backups").then().statusCode(403).contentType(ContentType.JSON)
                .body("message", equalTo("Only a producer may see backups. You are logged in as “test-director” (director)."));
    }

    @Test
    @TestSecurity(user = "someone", roles = "viewer")
    void testSecurityStillDecidesWhoTheRequestIsMadeAs() {
        Pages.get("/films/victor-serge");
        given().contentType(FORM).formParam("title", "x").post("/films/victor-serge/sequences").then().statusCode(403)
                .body(containsString("You are logged in as “someone” (viewer)."));
    }

    @Test
    void aNewRoleCountsAtOnceForSomeoneAlreadyLoggedIn() {
        String user = As.newUser(Role.VIEWER);
        var session = As.loggedIn(user, As.PASSWORD);
        given(session).contentType(FORM).formParam("title", "x").redirects().follow(false)
                .post("/films/victor-serge/research-log").then().statusCode(403);

        QuarkusTransaction.requiringNew().run(() -> WitnessUser.byUsername(user).orElseThrow().role = Role.RESEARCHER);

        given(session).contentType(FORM).formParam("date", "nonsense").redirects().follow(false)
                .post("/films/victor-serge/research-log").then().statusCode(422);
    }

    @Test
    void aDisabledUsersSessionEndsAtOnceAndItsCookieIsCleared() {
        String user = As.newUser(Role.DIRECTOR);
        var session = As.loggedIn(user, As.PASSWORD);
        given(session).get("/films/victor-serge").then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> WitnessUser.byUsername(user).orElseThrow().enabled = false);

        Response page = given(session).redirects().follow(false).get("/films/victor-serge");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
        assertThat(page.detailedCookie(LoginResource.CREDENTIAL_COOKIE).getMaxAge()).isZero();
        given(session).redirects().follow(false).get("/api/films/victor-serge/shots").then().statusCode(401);
    }

    @Test
    void theHeaderLinksToTheUsersPageForProducersOnly() {
        assertThat(Pages.get("/films/victor-serge").select("header a[href=/users]").text()).isEqualTo("Users");
        assertThat(Pages.get(As.director(), "/films/victor-serge").select("header a[href=/users]")).isEmpty();
        assertThat(Pages.get(As.director(), "/films/victor-serge").select("header .signed-in .user").text())
                .isEqualTo("test-director");
    }
}
