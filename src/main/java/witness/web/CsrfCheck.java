package witness.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Every write from a page carries the CSRF token of a Witness page, equal to the csrf-token cookie: as a form
 * field ({#csrf /}) or, from htmx, in the X-CSRF-TOKEN header. quarkus-rest-csrf makes the token and checks
 * form, multipart and header writes; this class refuses the page writes it lets through (no body, or a body
 * of another type, without the header), and puts the reason into the bare 400 of its refusals (as a 403).
 * It does not check forms itself before the extension: a filter that reads the form cannot be ordered before
 * another one that does (Quarkus 3.33 runs them in reverse priority order).
 * <p>
 * The JSON API (/api/**) is for scripts: a write there with a JSON, CSV, zip or text body needs no token.
 * A page on another site cannot send a JSON, CSV or zip body without a CORS preflight, which Witness never
 * grants; a text or empty body it could, and {@link CrossSiteWrites} refuses those when the browser says so.
 */
public class CsrfCheck {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** What quarkus-rest-csrf records in the routing context once a write's token matched its cookie. */
    private static final String VERIFIED = "csrf_token_verified";

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String fieldName;
    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String headerName;
    @Inject CsrfCookie csrfCookie;

    /** A page write that is not a form and has no token header: quarkus-rest-csrf would let it through. */
    @ServerRequestFilter
    public Response requireToken(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod()) || form(request.getMediaType())
                || request.getHeaderString(headerName) != null || routing.normalizedPath().startsWith("/api/")) {
            return null;
        }
        return refusal("it carries no CSRF token (field " + fieldName + " or header " + headerName + ")");
    }

    /** quarkus-rest-csrf refuses a form or header write with a bare 400: say why, as a 403. */
    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (SAFE.contains(request.getMethod()) || response.getStatus() != 400 || response.hasEntity()
                || routing.get(VERIFIED) != null) {
            return;
        }
        String header = request.getHeaderString(headerName);
        if (header == null && !form(request.getMediaType())) {
            return;
        }
        Response refusal = refusal(reason(routing, header));
        response.setStatus(refusal.getStatus());
        response.setEntity(refusal.getEntity(), null, refusal.getMediaType());
    }

    private String reason(RoutingContext routing, String header) {
        Cookie cookie = routing.request().getCookie(csrfCookie.name());
        if (cookie == null || cookie.getValue().isEmpty()) {
            return "it has no CSRF cookie: it was not sent from a Witness page, or the page is too old";
        }
        String token = header != null ? header : field();
        if (token == null || token.isEmpty()) {
            return "it carries no CSRF token (field " + fieldName + " or header " + headerName + ")";
        }
        return "its CSRF token does not match this browser's: the page is out of date, or not Witness'";
    }

    private String field() {
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        Object value = context == null ? null : context.getFormParameter(fieldName, true, false);
        return value instanceof String text ? text : null;
    }

    private static boolean form(MediaType type) {
        return is(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE) || is(type, MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    /** Compared as quarkus-rest-csrf compares them (case counts), so that what it does not check, this refuses. */
    private static boolean is(MediaType type, MediaType expected) {
        return type != null && type.getType().equals(expected.getType())
                && type.getSubtype().equals(expected.getSubtype());
    }

    private static Response refusal(String why) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("Refused, nothing was changed: " + why + ". Reload the page and send it again.\n").build();
    }
}
