package witness.testing;

import com.microsoft.playwright.Browser.NewPageOptions;
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

    /** A new page at desktop width. */
    public Page page() {
        return page(Width.DESKTOP);
    }

    /**
     * A new page at desktop width that ignores the app's Content-Security-Policy, so that a test can inject a
     * script of its own (axe-core, see {@link Axe}). Only for checks that inject scripts: every other browser
     * test runs with the policy on, as a person's browser does.
     */
    public Page pageBypassingCsp() {
        return chromium.newPage(new NewPageOptions().setViewportSize(1400, 1000).setBypassCSP(true));
    }

    /** A new page at desktop width in a browser whose JavaScript is off: what the app offers without its scripts. */
    public Page pageWithoutScript() {
        return chromium.newPage(new NewPageOptions().setViewportSize(1400, 1000).setJavaScriptEnabled(false));
    }

    /** A new page at a tablet's or a desktop's width. */
    public Page page(Width width) {
        return chromium.newPage(new NewPageOptions().setViewportSize(width.width, width.height));
    }

    /** Logs the page's browser context in with this session cookie (none when null: not logged in). */
    public static void logIn(Page page, URL base, String credentialCookie) {
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
