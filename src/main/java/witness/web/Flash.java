package witness.web;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A notice carried across the redirect after a write ("Deleted scene 2.3 …"), in a short-lived
 * cookie: the app keeps no state of its own, so any instance can show it.
 */
public final class Flash {
    public static final String COOKIE = "witness-flash";
    /** The same notice on an answer to htmx, which swaps a fragment instead of following a redirect (witness.js shows it). */
    public static final String HEADER = "X-Witness-Flash";

    private Flash() {
    }

    public static NewCookie notice(String message) {
        return new NewCookie.Builder(COOKIE).value(URLEncoder.encode(message, StandardCharsets.UTF_8)).path("/")
                .maxAge(120).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The notice as a header value: percent-encoded, since a header carries no accents or curly quotes. */
    public static String header(String message) {
        return URLEncoder.encode(message, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The notice the cookie carries, or null. */
    public static String read(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(cookie, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Shows the notice once: the answer that shows it also removes the cookie. */
    public static Response.ResponseBuilder shown(Response.ResponseBuilder response, String cookie) {
        if (cookie != null) {
            response.cookie(new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).build());
        }
        return response;
    }
}
