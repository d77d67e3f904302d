package witness.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import witness.testing.Browser;
import witness.testing.Browser.Width;
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

    static Stream<Arguments> pages() {
        return Stream.of(
                page("dashboard", "?film=victor-serge", TITLE),
                page("structure", FILM, TITLE),
                page("scene", FILM + "/scenes/orenburg-arrest", "2.1 Arrest, 1933"),
                page("shot-list", FILM + "/shots", "Shot list"),
                page("interviews", FILM + "/interviews", "Interviews"),
                page("person", FILM + "/people/vlady", "Vlady Kibalchich"),
                page("sources", FILM + "/sources", "Sources and clearances"),
                page("research-log", FILM + "/research-log", "Research log"),
                page("locations", FILM + "/locations", "Locations"),
                page("schedule", FILM + "/schedules/mexico-shoot", "Mexico shoot"),
                page("conflicts", FILM + "/schedules/orenburg-shoot/conflicts", "Conflicts: Orenburg shoot"),
                page("call-sheet", FILM + "/schedules/mexico-shoot/days/1990-03-05/call-sheet", "Call sheet — " + TITLE),
                page("chronology", FILM + "/chronology", "Chronology"),
                page("search", FILM + "/search?q=orenburg", "Search"),
                page("exports", FILM + "/exports", "Exports"))
                .flatMap(a -> Stream.of(Width.DESKTOP, Width.TABLET).map(w -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], w)));
    }

    private static Arguments page(String name, String path, String heading) {
        return Arguments.of(name, path, heading);
    }

    @ParameterizedTest(name = "{0} at {3} width")
    @MethodSource("pages")
    void theMainPagesAreWrittenAsScreenshots(String name, String path, String heading, Width width) {
        open(width, path);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(heading);
        Browser.fullPageScreenshot(page, name + "-" + width.code());
    }
}
