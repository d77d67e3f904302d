package witness.testing;

import com.microsoft.playwright.Browser.NewPageOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        return chromium.newPage(new NewPageOptions().setViewportSize(1400, 1000));
    }

    /**
     * A new page at desktop width that ignores the app's Content-Security-Policy, so that a test can inject a
     * script of its own (axe-core, see {@link Axe}). Only for checks that inject scripts: every other browser
     * test runs with the policy on, as a person's browser does.
     */
    public Page pageBypassingCsp() {
        return chromium.newPage(new NewPageOptions().setViewportSize(1400, 1000).setBypassCSP(true));
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
