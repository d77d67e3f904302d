package witness.testing;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import witness.security.LoginResource;

/**
 * Debian's Chromium driven by Playwright, as a person uses Witness. Screenshots go to
 * target/screenshots/ for people to look at.
 */
public final class Browser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(RequiresChromium.CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /**
     * A new browser context (its own cookies and cache) whose pages have this width. A context costs Chromium
     * about as much as a page load or more (docs/testing.md), so tests open their pages in a few contexts that
     * they keep, and {@link #logIn} anew. With {@code bypassCsp} the pages ignore the app's
     * Content-Security-Policy, so that a test can inject a script of its own (axe-core, see {@link Axe}): only
     * the checks that inject scripts ask for it; every other browser test runs with the policy on, as a person's
     * browser does. Without {@code script} the pages run no JavaScript: what the app offers without its scripts.
     */
    public BrowserContext context(Width width, boolean bypassCsp, boolean script) {
        return chromium.newContext(new NewContextOptions().setViewportSize(width.width, width.height)
                .setBypassCSP(bypassCsp).setJavaScriptEnabled(script));
    }

    /**
     * Logs the page's browser context in with this session cookie (none when null: not logged in), in place of
     * the cookies it had.
     */
    public static void logIn(Page page, URL base, String credentialCookie) {
        page.context().clearCookies();
        if (credentialCookie != null) {
            page.context().addCookies(List.of(new Cookie(LoginResource.CREDENTIAL_COOKIE, credentialCookie)
                    .setUrl(base.toString())));
        }
    }

    /** What the viewport shows, as target/screenshots/{name}.png. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }

    /** The whole page, scrolled to its end, as target/screenshots/{name}.png. */
    public static void fullPageScreenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The viewports the pages are looked at in: a desktop monitor and a tablet held upright. */
    public enum Width {
        DESKTOP(1400, 1000), TABLET(768, 1024);

        final int width;
        final int height;

        Width(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
