package witness.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves a {@link CachedPage} from {@link RenderedPages} when the same person asked for the same address with
 * the same cookies today and nothing has changed since; otherwise lets the page render and keeps its HTML.
 * The key holds everything such a page may show besides the data: the person (their name and role come with
 * the data's edition), the address with its query, what the request accepts, the cookies but the session's
 * (whose value changes as it is renewed), among them the CSRF token the page's forms carry, and the date.
 * A request with a notice to show once (the flash cookie), without a CSRF cookie yet (the page makes one),
 * or from htmx (which may ask for a fragment) is rendered as usual. A kept page goes out with the CSRF cookie
 * renewed, as quarkus-rest-csrf renews it on a page it renders.
 */
@Provider
@CachedPage
@Priority(Priorities.USER + 500)
public class CachedPageFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** Whether the answer came from the kept pages ("hit"), or was rendered and kept ("miss"). */
    public static final String HEADER = "X-Witness-Page-Cache";
    private static final String KEY = CachedPageFilter.class.getName() + ".key";
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject RenderedPages pages;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;
    @Inject CsrfCookie csrfCookie;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal person = request.getSecurityContext().getUserPrincipal();
        Map<String, Cookie> cookies = request.getCookies();
        if (!pages.enabled() || !"GET".equals(request.getMethod()) || person == null
                || request.getHeaderString("HX-Request") != null || cookies.containsKey(Flash.COOKIE)
                || !cookies.containsKey(csrfCookie.name())) {
            return;
        }
        String key = key(request, person.getName(), cookies);
        byte[] html = pages.get(key);
        if (html != null) {
            request.abortWith(Response.ok(html, HTML).header(HEADER, "hit")
                    .cookie(csrfCookie.renewed(cookies.get(csrfCookie.name()).getValue())).build());
        } else {
            request.setProperty(KEY, key);
        }
    }

    /**
     * Keeps a rendered page, and sends it as the bytes made for that: written as a text, a page of hundreds of
     * kilobytes went out a character at a time, a third of its time under load.
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof String html) || !utf8(response.getMediaType())) {
            return;
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setEntity(bytes, response.getEntityAnnotations(),
                response.getMediaType() == null ? HTML : response.getMediaType());
        Object key = request.getProperty(KEY);
        if (key != null && response.getStatus() == 200) {
            pages.put((String) key, bytes);
            response.getHeaders().putSingle(HEADER, "miss");
        }
    }

    /** A text without a charset, or in UTF-8: the pages Witness renders. */
    private static boolean utf8(MediaType type) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset);
    }

    private String key(ContainerRequestContext request, String person, Map<String, Cookie> cookies) {
        URI address = request.getUriInfo().getRequestUri();
        StringBuilder key = new StringBuilder(256).append(pages.edition()).append('\n').append(LocalDate.now())
                .append('\n').append(person).append('\n').append(address.getRawPath()).append('?')
                .append(address.getRawQuery()).append('\n').append(request.getHeaderString(HttpHeaders.ACCEPT));
        new TreeMap<>(cookies).forEach((name, cookie) -> {
            if (!name.equals(sessionCookie)) {
                key.append('\n').append(name).append('=').append(cookie.getValue());
            }
        });
        return key.toString();
    }
}
