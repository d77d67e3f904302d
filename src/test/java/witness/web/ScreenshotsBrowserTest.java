package witness.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.Browser;
import witness.testing.Browser.Width;
import witness.testing.BrowserPool;
import witness.testing.BrowserPool.Visit;
import witness.testing.BrowserTest;

/**
 * The main pages of the Serge film as a person sees them, at desktop and tablet width, written whole as
 * target/screenshots/{page}-desktop.png and -tablet.png for people to look at. Each page must show its own
 * heading first, so that a screenshot of an error page fails the test.
 *
 * <p>The README shows two of them (docs/screenshots/). To make them again after the pages change:
 * {@code CI=true ./mvnw -B -q test -Dtest=ScreenshotsBrowserTest && cp
 * target/screenshots/dashboard-desktop.png target/screenshots/interviews-tablet.png docs/screenshots/}
 */
@QuarkusTest
class ScreenshotsBrowserTest extends BrowserTest {
    static final String FILM = "films/victor-serge";
    static final String TITLE = "Victor Serge — the Incomparable Witness";

    /** name, path, heading */
    static final List<List<String>> PAGES = List.of(
            List.of("dashboard", "?film=victor-serge", TITLE),
            List.of("structure", FILM, TITLE),
            List.of("scene", FILM + "/scenes/orenburg-arrest", "2.1 Arrest, 1933"),
            List.of("shot-list", FILM + "/shots", "Shot list"),
            List.of("interviews", FILM + "/interviews", "Interviews"),
            List.of("person", FILM + "/people/vlady", "Vlady Kibalchich"),
            List.of("sources", FILM + "/sources", "Sources and clearances"),
            List.of("research-log", FILM + "/research-log", "Research log"),
            List.of("locations", FILM + "/locations", "Locations"),
            List.of("schedule", FILM + "/schedules/mexico-shoot", "Mexico shoot"),
            List.of("conflicts", FILM + "/schedules/orenburg-shoot/conflicts", "Conflicts: Orenburg shoot"),
            List.of("call-sheet", FILM + "/schedules/mexico-shoot/days/1990-03-05/call-sheet", "Call sheet — " + TITLE),
            List.of("chronology", FILM + "/chronology", "Chronology"),
            List.of("search", FILM + "/search?q=orenburg", "Search"),
            List.of("exports", FILM + "/exports", "Exports"));

    /** Taken by several browsers side by side ({@link BrowserPool}); a failure names each page and width. */
    @Test
    void theMainPagesAreWrittenAsScreenshotsAtDesktopAndTabletWidth() {
        List<Visit> visits = new ArrayList<>();
        Map<String, List<String>> byPath = new HashMap<>();
        for (List<String> p : PAGES) {
            byPath.put(p.get(1), p);
            for (Width width : Width.values()) {
                visits.add(Visit.of(p.get(1), As.adminCookie()).at(width));
            }
        }

        List<String> failures = BrowserPool.check(base, visits, (visit, page, answer) -> {
            List<String> p = byPath.get(visit.path());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(p.get(2));
            Browser.fullPageScreenshot(page, p.get(0) + "-" + visit.width().code());
        });

        assertThat(failures).as(() -> String.join("\n", failures)).isEmpty();
    }
}
