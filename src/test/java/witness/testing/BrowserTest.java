package witness.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * A browser test: one Chromium for the whole test run (started by the first browser test, stopped when the
 * JVM ends), a browser context per class and kind of page (a context costs Chromium more than a page load), a
 * fresh page for each {@link #open}, with only the cookies it is opened with, and the app's URL. Pages are logged
 * in as the producer admin (the session cookie is in the page's browser context) unless a test opens one
 * {@link #openAs} someone else.
 */
@RequiresChromium
@Tag("browser")
public abstract class BrowserTest {
    private static Browser browser;
    /** This class's browser contexts, by kind of page (width, policy, script): closed after the class. */
    private static final Map<String, BrowserContext> contexts = new HashMap<>();
    @TestHTTPResource("/")
    protected URL base;
    protected Page page;
    /** The answer to the last {@link #open}: its status says whether the page was found. */
    protected Response response;
    /** Whether this class's pages ignore the Content-Security-Policy (see {@link #bypassCsp()}). */
    private boolean bypassingCsp;
    /** Whether this class's pages run without JavaScript (see {@link #withoutScript()}). */
    private boolean scriptless;

    @BeforeAll
    static synchronized void startChromium() {
        if (browser == null) {
            Browser started = new Browser();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "chromium-stop"));
            browser = started;
        }
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    @AfterAll
    static void closeContexts() {
        contexts.values().forEach(BrowserContext::close);
        contexts.clear();
    }

    /** Opens a path of the app (without the leading slash) in a new page, logged in as the producer admin. */
    protected void open(String path) {
        openAs(As.adminCookie(), path);
    }

    /** Opens a path of the app in a new page of this width, logged in as the producer admin. */
    protected void open(Browser.Width width, String path) {
        openAs(As.adminCookie(), width, path);
    }

    /**
     * From now on this test's pages ignore the Content-Security-Policy, so that it can inject axe-core;
     * only the accessibility checks call it.
     */
    protected void bypassCsp() {
        bypassingCsp = true;
    }

    /** From now on this test's pages run no script, as a browser with JavaScript turned off. */
    protected void withoutScript() {
        scriptless = true;
    }

    /** Opens a path in a new page with this session cookie (none when null: not logged in). */
    protected void openAs(String credentialCookie, String path) {
        openAs(credentialCookie, Browser.Width.DESKTOP, path);
    }

    private void openAs(String credentialCookie, Browser.Width width, String path) {
        if (page != null) {
            page.close();
        }
        page = contexts.computeIfAbsent(width + "/" + bypassingCsp + "/" + scriptless,
                kind -> browser.context(width, bypassingCsp, !scriptless)).newPage();
        Browser.logIn(page, base, credentialCookie);
        response = page.navigate(base + path);
    }

    /**
     * Drags an item by its handle onto another item, possibly of another list, as a hand does: Sortable.js
     * starts a drag only once the pointer has moved, and follows it between lists by the events of each step.
     */
    protected void drag(Locator handle, Locator onto) {
        handle.hover();
        var start = handle.boundingBox();
        page.mouse().down();
        page.mouse().move(start.x + start.width / 2 + 5, start.y + start.height / 2 + 5, new Mouse.MoveOptions().setSteps(3));
        page.waitForTimeout(100);
        var box = onto.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2, new Mouse.MoveOptions().setSteps(20));
        page.waitForTimeout(200);
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2 + 2, new Mouse.MoveOptions().setSteps(5));
        page.waitForTimeout(200);
        page.mouse().up();
    }
}
