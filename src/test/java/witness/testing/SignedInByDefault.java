package witness.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import witness.security.LoginResource;

/**
 * Makes every REST Assured request of a @QuarkusTest a request of the producer admin, logged in once per
 * app start, unless it carries a login of its own (a session cookie or an Authorization header, see
 * {@link As}) or is marked anonymous ({@link As#anonymous()}). @TestSecurity still decides who the request
 * is made as.
 * <p>
 * It is a global REST Assured filter rather than a RestAssured.requestSpecification: a specification fixes
 * the port it was made with, and this callback runs before Quarkus sets the port of the test. Other global
 * filters are kept; tests must not replace or reset RestAssured's filters.
 */
public class SignedInByDefault implements QuarkusTestBeforeEachCallback {
    private static final Filter ADMIN = new AdminUnlessSaidOtherwise();
    /** @TestSecurity makes every request its own identity's: no login is needed, nor possible. */
    private static volatile boolean testSecurity;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        testSecurity = hasTestSecurity(context.getTestMethod().getAnnotations())
                || hasTestSecurity(context.getTestMethod().getDeclaringClass().getAnnotations());
        if (RestAssured.filters().contains(ADMIN)) {
            return;
        }
        // One of an earlier app start (loaded by its class loader) would log in to that app: replace it.
        List<Filter> filters = new ArrayList<>(RestAssured.filters().stream()
                .filter(f -> !f.getClass().getName().equals(AdminUnlessSaidOtherwise.class.getName())).toList());
        filters.add(ADMIN);
        RestAssured.replaceFiltersWith(filters);
    }

    private static boolean hasTestSecurity(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getName().equals(TEST_SECURITY));
    }

    private static final String TEST_SECURITY = "io.quarkus.test.security.TestSecurity";

    static final class AdminUnlessSaidOtherwise implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (!testSecurity && !request.getHeaders().hasHeaderWithName(As.ANONYMOUS)
                    && !request.getCookies().hasCookieWithName(LoginResource.CREDENTIAL_COOKIE)
                    && !request.getHeaders().hasHeaderWithName("Authorization")) {
                request.cookie(LoginResource.CREDENTIAL_COOKIE, As.adminCookie());
            }
            return context.next(request, response);
        }
    }
}
