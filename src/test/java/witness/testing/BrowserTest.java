package witness.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import witness.security.LoginResource;

/**
 * A browser test: one Chromium for the class, a fresh page per test, the app's URL. Pages are logged in
 * as the producer admin (the session cookie is in the page's browser context) unless a test opens one
 * {@link #openAs} someone else.
 */
@RequiresChromium
public abstract class BrowserTest {
    private static Browser browser;
    @TestHTTPResource("/")
    protected URL base;
    protected Page page;
    /** The answer to the last {@link #open}: its status says whether the page was found. */
    protected Response response;
    /** Whether this class's pages ignore the Content-Security-Policy (see {@link #bypassCsp()}). */
    private boolean bypassingCsp;

    @BeforeAll
    static void startChromium() {
        browser = new Browser();
    }

    @AfterAll
    static void stopChromium() {
        browser.close();
    }

    /** Opens a path of the app (without the leading slash) in a new page, logged in as the producer admin. */
    protected void open(String path) {
        openAs(As.adminCookie(), path);
    }

    /**
     * From now on this test's pages ignore the Content-Security-Policy, so that it can inject axe-core;
     * only the accessibility checks call it.
     */
    protected void bypassCsp() {
        bypassingCsp = true;
    }

    /** Opens a path in a new page with this session cookie (none when null: not logged in). */
    protected void openAs(String credentialCookie, String path) {
        page = bypassingCsp ? browser.pageBypassingCsp() : browser.page();
        if (credentialCookie != null) {
            page.context().addCookies(List.of(new Cookie(LoginResource.CREDENTIAL_COOKIE, credentialCookie)
                    .setUrl(base.toString())));
        }
        response = page.navigate(base + path);
    }
}
