package witness.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logging in to the packaged app as the first producer, admin, as a browser does: post the login form,
 * keep the session cookie, send it with every request.
 */
final class AdminLogin {
    static final String COOKIE = "quarkus-credential";
    private static final Pattern PRINTED = Pattern.compile("Created the producer account 'admin' with the password (\\S+) —");

    private AdminLogin() {
    }

    /** The session cookie of admin with this password. */
    static String cookie(AppProcess app, String password) {
        Response login = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", "admin").formParam("j_password", password).redirects().follow(false)
                .post(app.url("/j_security_check"));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        String cookie = login.cookie(COOKIE);
        assertThat(cookie).isNotBlank();
        return cookie;
    }

    /** The random password the first start printed, when WITNESS_ADMIN_PASSWORD was not set. */
    static String printedPassword(AppProcess app) throws IOException {
        Matcher matcher = PRINTED.matcher(app.logText());
        assertThat(matcher.find()).as("the printed password").isTrue();
        return matcher.group(1);
    }

    /** A page's text, read with the session cookie. */
    static String read(String url, String cookie) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestProperty("Cookie", COOKIE + "=" + cookie);
        c.setInstanceFollowRedirects(false);
        assertThat(c.getResponseCode()).as(url).isEqualTo(200);
        try (var in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
