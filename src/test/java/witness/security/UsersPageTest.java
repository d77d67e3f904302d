package witness.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.CsrfTokens;
import witness.testing.Pages;
import witness.testing.SergeFilm;
import witness.web.Flash;

/**
 * The users page, for producers: add a user, change a role, disable and enable, reset a password; bad
 * input comes back naming the field; no one else may see or use it.
 */
@QuarkusTest
class UsersPageTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String NEW_PASSWORD = "a new password, long enough";

    static String newName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ValidatableResponse post(String path, Map<String, String> form) {
        return post(given(), path, form);
    }

    static ValidatableResponse post(RequestSpecification as, String path, Map<String, String> form) {
        return given(as).contentType(FORM).formParams(form).redirects().follow(false).post(path).then();
    }

    static Element row(Document page, String username) {
        return page.getElementById("user-" + username);
    }

    static String version(String username) {
        return String.valueOf(SergeFilm.query(() -> WitnessUser.byUsername(username).orElseThrow().version));
    }

    static boolean canLogIn(String username, String password) {
        Response login = As.login(username, password);
        return login.statusCode() == 302 && !login.header("Location").contains("error")
                && login.cookie(LoginResource.CREDENTIAL_COOKIE) != null;
    }

    @Test
    void theListShowsEveryUserWithRoleAndWhetherTheyCanLogIn() {
        String viewer = As.newUser(Role.VIEWER);

        Document page = Pages.get("/users");

        assertThat(page.title()).startsWith("Users");
        assertThat(page.select("main h1").text()).isEqualTo("Users");
        Element admin = row(page, FirstProducer.USERNAME);
        assertThat(admin.select(".username").text()).isEqualTo("admin (you)");
        assertThat(admin.select(".role select option[selected]").val()).isEqualTo("producer");
        assertThat(admin.select(".enabled .state").text()).isEqualTo("yes");
        assertThat(row(page, viewer).select(".role select option[selected]").val()).isEqualTo("viewer");
        assertThat(page.select("form#new-user input[name=password][type=password]")).hasSize(1);
        assertThat(page.select("form#new-user select[name=role] option").eachAttr("value"))
                .containsExactly("", "producer", "director", "researcher", "viewer");
    }

    @Test
    void aProducerAddsAUserWhoCanThenLogInWithTheInitialPassword() {
        String name = newName("rirette");

        String flash = post("/users", Map.of("username", name, "role", "researcher", "password", "Brussels, 1911 edition"))
                .statusCode(303).header("Location", endsWith("/users#user-" + name)).extract().cookie(Flash.COOKIE);

        assertThat(Flash.read(flash)).isEqualTo("Added the user “" + name + "”, researcher.");
        WitnessUser stored = SergeFilm.query(() -> WitnessUser.byUsername(name).orElseThrow());
        assertThat(stored.role).isEqualTo(Role.RESEARCHER);
        assertThat(stored.enabled).isTrue();
        assertThat(stored.passwordHash).startsWith("$2").doesNotContain("Brussels");
        assertThat(canLogIn(name, "Brussels, 1911 edition")).isTrue();
    }

    @Test
    void badInputIsRefusedWithTheMessageBesideEachField() {
        String taken = As.newUser(Role.VIEWER);

        String html = post("/users", Map.of("username", "no spaces please", "role", "boss", "password", "short"))
                .statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#new-user-username-error").text()).startsWith("Username must be 2 to 80 letters");
        assertThat(page.select("#new-user-role-error").text()).startsWith("Role: 'boss' is not one of: producer, director");
        assertThat(page.select("#new-user-password-error").text()).isEqualTo("Password must be at least 10 characters long");
        assertThat(page.select("#new-user-username").val()).isEqualTo("no spaces please");
        assertThat(page.select("#new-user-password").val()).as("a password is never sent back").isEmpty();
        assertThat(page.select("details.new-user[open]")).hasSize(1);

        Document again = Jsoup.parse(post("/users", Map.of("username", taken, "password", "long enough password"))
                .statusCode(422).extract().asString());
        assertThat(again.select("#new-user-username-error").text()).isEqualTo("Username: “" + taken + "” is taken: choose another");
        assertThat(again.select("#new-user-role-error").text()).startsWith("Role is required");

        post("/users", Map.of("username", newName("long"), "role", "viewer", "password", "é".repeat(40)))
                .statusCode(422);
        assertThat(SergeFilm.query(() -> WitnessUser.count("username", "no spaces please"))).isZero();
    }

    @Test
    void aProducerChangesARoleWhichCountsAtTheUsersNextRequest() {
        String user = As.newUser(Role.VIEWER);
        RequestSpecification session = As.loggedIn(user, As.PASSWORD);
        post(session, "/films/victor-serge/chronology", Map.of("date", "1936", "description", "x")).statusCode(403);

        String flash = post("/users/" + user + "/role", Map.of("role", "researcher", "version", version(user)))
                .statusCode(303).extract().cookie(Flash.COOKIE);

        assertThat(Flash.read(flash)).isEqualTo("“" + user + "” is now a researcher.");
        assertThat(Pages.get("/users").getElementById("user-" + user).select(".role option[selected]").val())
                .isEqualTo("researcher");
        post(session, "/films/victor-serge/chronology", Map.of("date", "not a date", "description", "x")).statusCode(422);
        Document refused = Jsoup.parse(post("/users/" + user + "/role", Map.of("role", "king", "version", version(user)))
                .statusCode(422).extract().asString());
        assertThat(refused.select("#user-" + user + "-role-role-error").text()).startsWith("Role: 'king' is not one of");
        post("/users/" + user + "/role", Map.of("role", "director", "version", "0")).statusCode(409);
        post("/users/" + user + "/role", Map.of("role", "director")).statusCode(422);
    }

    @Test
    void aDisabledUserCannotLogInUntilEnabledAgain() {
        String user = As.newUser(Role.DIRECTOR);
        RequestSpecification session = As.loggedIn(user, As.PASSWORD);

        post("/users/" + user + "/enabled", Map.of("enabled", "false", "version", version(user))).statusCode(303);

        assertThat(canLogIn(user, As.PASSWORD)).isFalse();
        given(session).redirects().follow(false).get("/films/victor-serge").then().statusCode(302);
        Element row = row(Pages.get("/users"), user);
        assertThat(row.select(".enabled .state").text()).isEqualTo("no, disabled");
        assertThat(row.select(".enabled button").text()).startsWith("Enable");

        post("/users/" + user + "/enabled", Map.of("enabled", "true", "version", version(user))).statusCode(303);
        assertThat(canLogIn(user, As.PASSWORD)).isTrue();
        post("/users/" + user + "/enabled", Map.of("enabled", "maybe", "version", version(user))).statusCode(422);
    }

    @Test
    void aResetPasswordWorksAndTheOldOneNoLonger() {
        String user = As.newUser(Role.RESEARCHER);

        post("/users/" + user + "/password", Map.of("password", NEW_PASSWORD, "version", version(user))).statusCode(303);

        assertThat(canLogIn(user, NEW_PASSWORD)).isTrue();
        assertThat(canLogIn(user, As.PASSWORD)).isFalse();
        Document refused = Jsoup.parse(post("/users/" + user + "/password", Map.of("password", "tiny",
                "version", version(user))).statusCode(422).extract().asString());
        assertThat(refused.select("#user-" + user + "-password-password-error").text())
                .isEqualTo("Password must be at least 10 characters long");
        assertThat(canLogIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void aProducerSeesAPausedUserAndLiftsThePause() {
        String user = As.newUser(Role.RESEARCHER);
        LoginThrottlingTest.fail(user, LoginThrottle.MAX_FAILURES);
        assertThat(canLogIn(user, As.PASSWORD)).isFalse();
        Element row = row(Pages.get("/users"), user);
        assertThat(row.select(".pause").text()).startsWith("Paused until ").endsWith("after too many failed logins.");
        assertThat(row.select("form.paused[action=/users/" + user + "/pause] input[name=csrf-token]")).hasSize(1);
        assertThat(row(Pages.get("/users"), FirstProducer.USERNAME).select(".pause")).isEmpty();
        for (RequestSpecification as : new RequestSpecification[] { As.viewer(), As.researcher(), As.director() }) {
            post(as, "/users/" + user + "/pause", Map.of()).statusCode(403);
        }
        given().header(CsrfTokens.AS_IS, "no token").contentType(FORM).redirects().follow(false)
                .post("/users/" + user + "/pause").then().statusCode(403);
        assertThat(canLogIn(user, As.PASSWORD)).as("still paused").isFalse();

        String flash = post("/users/" + user + "/pause", Map.of()).statusCode(303)
                .header("Location", endsWith("/users#user-" + user)).extract().cookie(Flash.COOKIE);

        assertThat(Flash.read(flash)).isEqualTo("“" + user + "” may log in again: the pause is lifted.");
        assertThat(row(Pages.get("/users"), user).select(".pause")).isEmpty();
        assertThat(canLogIn(user, As.PASSWORD)).isTrue();
        post("/users/nobody-at-all/pause", Map.of()).statusCode(404);
    }

    @Test
    void anUnknownUserIsNotFound() {
        post("/users/nobody-at-all/role", Map.of("role", "viewer", "version", "0")).statusCode(404);
    }

    @Test
    void noOneButAProducerSeesOrUsesThePage() {
        String victim = As.newUser(Role.VIEWER);
        for (RequestSpecification as : new RequestSpecification[] { As.viewer(), As.researcher(), As.director() }) {
            given(as).get("/users").then().statusCode(403);
            post(as, "/users", Map.of("username", newName("intruder"), "role", "producer", "password",
                    "a long enough password")).statusCode(403);
            post(as, "/users/" + victim + "/role", Map.of("role", "producer", "version", version(victim))).statusCode(403);
            post(as, "/users/" + victim + "/password", Map.of("password", "a long enough password",
                    "version", version(victim))).statusCode(403);
        }
        assertThat(SergeFilm.query(() -> WitnessUser.count("username like 'intruder-%'"))).isZero();
        assertThat(SergeFilm.query(() -> WitnessUser.byUsername(victim).orElseThrow().role)).isEqualTo(Role.VIEWER);
        assertThat(canLogIn(victim, As.PASSWORD)).isTrue();
        given(As.producer()).get("/users").then().statusCode(200);
    }
}
