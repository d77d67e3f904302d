package witness.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/**
 * Chromium enforces the Content-Security-Policy: no page, no htmx swap and no drag and drop asks for anything
 * it forbids (an inline style or script, another site), so the browser reports no violation.
 */
@QuarkusTest
class ContentSecurityBrowserTest extends BrowserTest {
    static final String LISTEN = "window.violations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.violations.push("
            + "e.violatedDirective + ' blocked ' + e.blockedURI + ' in ' + e.sourceFile + ':' + e.lineNumber"
            + " + ' ' + (e.sample || '')));";
    private final List<String> problems = new ArrayList<>();
    private String slug;

    @BeforeEach
    void openACopy() {
        slug = FilmCopies.ofSerge("csp");
        open("login");
        page.addInitScript(LISTEN);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                problems.add(message.text());
            }
        });
    }

    @Test
    void noPageOfTheFilmBreaksThePolicy() {
        String film = "films/" + slug;
        for (String path : List.of("?film=" + slug, film, film + "/scenes/orenburg-arrest", film + "/shots",
                film + "/shots/print", film + "/shots/import", film + "/interviews", film + "/interviews/comrades-russia",
                film + "/interviews/comrades-russia/transcript", film + "/testimonies", film + "/people",
                film + "/people/vlady", film + "/sources", film + "/sources/import", film + "/bibliography",
                film + "/coverage", film + "/chronology", film + "/clearances", film + "/research-log",
                film + "/locations", film + "/locations/mexico-city", film + "/schedules",
                film + "/schedules/orenburg-shoot", film + "/schedules/orenburg-shoot/conflicts",
                film + "/schedules/orenburg-shoot/days/1990-05-14/call-sheet", film + "/exports",
                film + "/script.html", film + "/search?q=serge", "login", "q/swagger-ui/")) {
            visit(path);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theStylesOfAPrintPageApplyUnderThePolicy() {
        visit("films/" + slug + "/shots/print");

        // The print page's own style block sets the table layout; without it the table would be auto.
        assertThat(page.evaluate("getComputedStyle(document.querySelector('table')).tableLayout")).isEqualTo("fixed");
        assertThat(problems).isEmpty();
    }

    @Test
    void htmxWritesAndDragAndDropWorkUnderThePolicyWithTheTokenInTheirHeader() {
        visit("films/" + slug + "/shots");
        page.click("#edit-orenburg-arrest-2");
        page.fill("#shot-orenburg-arrest-2 textarea[name=description]", "Liuba at the window");
        page.click("#shot-orenburg-arrest-2 button:has-text('Save shot')");
        page.waitForSelector("#shot-orenburg-arrest-2 td.description");
        assertThat(page.textContent("#shot-orenburg-arrest-2 td.description")).startsWith("Liuba at the window");

        // Dragging posts with htmx.ajax, whose values have no token field: only the header carries it.
        page.dragAndDrop("#shot-orenburg-arrest-5 .drag-handle", "#shot-orenburg-arrest-3 .drag-handle");
        PlaywrightAssertions.assertThat(page.locator("#shot-orenburg-arrest-5 td.number")).hasText("2.1.3");
        collectViolations();
        assertThat(problems).isEmpty();
        Browser.screenshot(page, "csp-shot-list");
    }

    private void visit(String path) {
        page.navigate(base + path);
        page.waitForLoadState();
        collectViolations();
    }

    @SuppressWarnings("unchecked")
    private void collectViolations() {
        List<String> seen = (List<String>) page.evaluate("window.violations || []");
        seen.forEach(v -> problems.add(page.url() + ": " + v));
        page.evaluate("window.violations = []");
    }
}
