package witness.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers every answer carries, pages, static files, API, errors and redirects alike: a
 * Content-Security-Policy that lets the browser run only Witness' own script and style files (no inline
 * script or style, no other site, no framing), and no MIME sniffing, no referrer beyond Witness, no framing.
 * They are set as the headers leave, so an error page or a refusal written by any handler has them too.
 */
@ApplicationScoped
public class SecurityHeaders {
    /** Before the login and every route: headers are promised before anything can answer. */
    static final int PRIORITY = 1_000;
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'%s; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /**
     * The API explorer (Swagger UI, shipped by Quarkus) starts itself with inline script and style and shows
     * data: images; it holds the API's description, no user text.
     */
    static final String EXPLORER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String EXPLORER_PATH = "/q/swagger-ui";

    void register(@Observes Filters filters) {
        filters.register(routing -> {
            routing.addHeadersEndHandler(ignored -> add(routing));
            routing.next();
        }, PRIORITY);
    }

    private static void add(RoutingContext routing) {
        MultiMap headers = routing.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        String type = headers.get("Content-Type");
        // A browser shows a PDF in a viewer of its own, which a page's policy (object-src) would block.
        if (type != null && type.startsWith("application/pdf")) {
            return;
        }
        headers.set("Content-Security-Policy", policy(routing.normalizedPath(), StyleNonce.of(routing)));
    }

    static String policy(String path, String styleNonce) {
        if (path != null && (path.equals(EXPLORER_PATH) || path.startsWith(EXPLORER_PATH + "/"))) {
            return EXPLORER_POLICY;
        }
        return POLICY.formatted(styleNonce == null ? "" : " 'nonce-" + styleNonce + "'");
    }
}
