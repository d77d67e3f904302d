package witness.testing;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.util.Set;

/**
 * Every request a test makes with REST Assured carries the csrf-token cookie, as a browser's would after its
 * first page (so that pages may be served as kept, witness.web.RenderedPages), and every write a valid CSRF
 * token, as a page would: the cookie and the same value as a form field (URL-encoded or multipart form; a
 * field scraped from a page gets this value) or in the X-CSRF-TOKEN header (anything else). A request with a
 * csrf-token cookie or the header of its own is left as it is, and so is one marked {@link #AS_IS}, so that
 * tests of the refusals (and of a first visit) can send none or a wrong one. Registered for every @QuarkusTest
 * in META-INF/services.
 */
public class CsrfTokens implements Filter, QuarkusTestBeforeEachCallback {
    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    /** A request header (not sent) saying: send this request's token, cookie and fields exactly as given. */
    public static final String AS_IS = "X-Test-Csrf-As-Is";
    /** 16 bytes, base64url without padding, as quarkus-rest-csrf makes them. */
    public static final String TOKEN = "V2l0bmVzcyBjc3JmIHRvaw";
    private static final CsrfTokens FILTER = new CsrfTokens();
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (request.getHeaders().hasHeaderWithName(AS_IS)) {
            request.removeHeader(AS_IS);
        } else if (!bringsItsOwn(request)) {
            // as a browser sends back the cookie its first page set; so pages may come from the kept ones
            request.cookie(COOKIE, TOKEN);
            if (!SAFE.contains(request.getMethod())) {
                carryToken(request);
            }
        }
        return context.next(request, response);
    }

    /** The token as the page's form field (URL-encoded or multipart) or, for anything else, in the header. */
    private static void carryToken(FilterableRequestSpecification request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("application/x-www-form-urlencoded") && request.getBody() == null) {
            request.removeFormParam(FIELD);
            request.formParam(FIELD, TOKEN);
        } else if (type.startsWith("multipart/")
                && request.getMultiPartParams().stream().noneMatch(part -> FIELD.equals(part.getControlName()))) {
            request.multiPart(FIELD, TOKEN);
        } else {
            request.header(HEADER, TOKEN);
        }
    }

    private static boolean bringsItsOwn(FilterableRequestSpecification request) {
        return request.getCookies().hasCookieWithName(COOKIE) || request.getHeaders().hasHeaderWithName(HEADER);
    }
}
