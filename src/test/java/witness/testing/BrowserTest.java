package witness.testing;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A browser test: one Chromium for the class, a fresh page per test, the app's URL. */
@RequiresChromium
public abstract class BrowserTest {
    private static Browser browser;
    @TestHTTPResource("/")
    protected URL base;
    protected Page page;

    @BeforeAll
    static void startChromium() {
        browser = new Browser();
    }

    @AfterAll
    static void stopChromium() {
        browser.close();
    }

    /** Opens a path of the app (without the leading slash) in a new page. */
    protected void open(String path) {
        page = browser.page();
        page.navigate(base + path);
    }
}
