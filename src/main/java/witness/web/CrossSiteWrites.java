package witness.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * A write that a browser says comes from another site (Sec-Fetch-Site: cross-site or same-site) is refused
 * before anything reads it, the login included: the CSRF token covers the pages, and this also covers what it
 * cannot, the login form (handled by Quarkus, not by a page) and API writes with a text or empty body. Scripts
 * and older browsers send no such header and are let through to the other checks.
 */
@ApplicationScoped
public class CrossSiteWrites {
    /** After the security headers are promised, before the login. */
    static final int PRIORITY = SecurityHeaders.PRIORITY - 1;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> ELSEWHERE = Set.of("cross-site", "same-site");

    void register(@Observes Filters filters) {
        filters.register(CrossSiteWrites::check, PRIORITY);
    }

    static void check(RoutingContext routing) {
        String site = routing.request().getHeader("Sec-Fetch-Site");
        if (!SAFE.contains(routing.request().method()) && site != null && ELSEWHERE.contains(site.toLowerCase())) {
            routing.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end("Refused, nothing was changed: this request comes from another site.\n");
            return;
        }
        routing.next();
    }
}
