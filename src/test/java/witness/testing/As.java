package witness.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import witness.security.FirstProducer;
import witness.security.LoginResource;
import witness.security.Role;
import witness.security.WitnessUser;

/**
 * Requests as someone: every REST Assured request of a @QuarkusTest is made as the producer admin unless
 * it says otherwise ({@link SignedInByDefault}); {@code given(As.viewer())} makes it as a viewer,
 * {@code given(As.anonymous())} as someone not logged in. The users are made on demand, one per role and
 * app start, and logged in once.
 */
public final class As {
    /** The first producer's password in tests (application.properties, %test.witness.admin-password). */
    public static final String ADMIN_PASSWORD = "test-producer-password";
    /** The password of every user made here. */
    public static final String PASSWORD = "orenburg-1933";
    /** Marks a request to be sent without any login (the server ignores the header). */
    static final String ANONYMOUS = "X-Test-Anonymous";

    private static Object app;
    private static String adminCookie;
    private static final Map<Role, String> COOKIES = new EnumMap<>(Role.class);

    private As() {
    }

    public static RequestSpecification viewer() {
        return role(Role.VIEWER);
    }

    public static RequestSpecification researcher() {
        return role(Role.RESEARCHER);
    }

    public static RequestSpecification director() {
        return role(Role.DIRECTOR);
    }

    /** A producer other than admin (admin is the default). */
    public static RequestSpecification producer() {
        return role(Role.PRODUCER);
    }

    /** Logged in as a user of the role, e.g. test-viewer. */
    public static synchronized RequestSpecification role(Role role) {
        forgetOnNewApp();
        String cookie = COOKIES.computeIfAbsent(role, r -> {
            String username = "test-" + r.code();
            user(username, r, PASSWORD);
            return credential(username, PASSWORD);
        });
        return withCookie(cookie);
    }

    /** The session cookie of the user of the role (test-viewer, …), for a browser test's {@code openAs}. */
    public static synchronized String cookieOf(Role role) {
        forgetOnNewApp();
        role(role);
        return COOKIES.get(role);
    }

    /** No login at all. */
    public static RequestSpecification anonymous() {
        return new RequestSpecBuilder().addHeader(ANONYMOUS, "true").build();
    }

    /** HTTP Basic with this username and password, as a script calls the API. */
    public static RequestSpecification basic(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new RequestSpecBuilder().addHeader("Authorization", "Basic " + token).build();
    }

    /** The session cookie of someone who logged in with this username and password. */
    public static RequestSpecification loggedIn(String username, String password) {
        return withCookie(credential(username, password));
    }

    /** A new user of the role with {@link #PASSWORD}, e.g. researcher-3f2a9c1b; returns the username. */
    public static String newUser(Role role) {
        String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
        user(username, role, PASSWORD);
        return username;
    }

    /** Posts the login form, without any other login. */
    public static Response login(String username, String password) {
        return given().header(ANONYMOUS, "true").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", username).formParam("j_password", password).redirects().follow(false)
                .post("/j_security_check");
    }

    /** The session cookie of someone who logged in with this username and password, e.g. for a browser's page. */
    public static String cookie(String username, String password) {
        return credential(username, password);
    }

    /** The credential cookie of the producer admin, logged in once per app start. */
    public static synchronized String adminCookie() {
        forgetOnNewApp();
        if (adminCookie == null) {
            adminCookie = credential(FirstProducer.USERNAME, ADMIN_PASSWORD);
        }
        return adminCookie;
    }

    private static RequestSpecification withCookie(String cookie) {
        return new RequestSpecBuilder().addCookie(LoginResource.CREDENTIAL_COOKIE, cookie).build();
    }

    private static String credential(String username, String password) {
        Response login = login(username, password);
        String cookie = login.cookie(LoginResource.CREDENTIAL_COOKIE);
        if (login.statusCode() != 302 || cookie == null || login.header("Location").contains("error")) {
            throw new IllegalStateException("Could not log in as " + username + ": " + login.statusCode() + " "
                    + login.header("Location"));
        }
        return cookie;
    }

    /** Creates the user, or gives an existing one this role and password and enables it. */
    private static void user(String username, Role role, String password) {
        String hash = BcryptUtil.bcryptHash(password);
        QuarkusTransaction.requiringNew().run(() -> {
            WitnessUser user = WitnessUser.byUsername(username).orElseGet(WitnessUser::new);
            user.username = username;
            user.role = role;
            user.passwordHash = hash;
            user.enabled = true;
            user.persist();
        });
    }

    /** Each app start has its own session key (and maybe database): log in again. */
    private static void forgetOnNewApp() {
        Object current = Arc.container();
        if (current != app) {
            app = current;
            adminCookie = null;
            COOKIES.clear();
        }
    }
}
