package witness.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.Browser;
import witness.testing.BrowserPool;
import witness.testing.BrowserPool.Visit;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/** What only a browser shows of the finish: the question before a delete, the busy import, the page at tablet width. */
@QuarkusTest
class LookAndFeelBrowserTest extends BrowserTest {
    /** The outermost elements that reach past the right edge of the window, to name in a failure. */
    private static final String SPILLS = "[...document.querySelectorAll('body *')].filter(e => "
            + "e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && "
            + "!(e.parentElement && e.parentElement.getBoundingClientRect().right > document.documentElement.clientWidth + 1))"
            + ".slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))";

    @Test
    void deletingAShotAsksFirstAndSaysWhatItDid() {
        String slug = FilmCopies.ofSerge("finish-browser");
        open("films/" + slug + "/shots");
        List<String> asked = new ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.click("#edit-orenburg-arrest-2");
        page.click("#shot-orenburg-arrest-2 a.danger");
        assertThat(asked).singleElement().asString().startsWith("Delete shot 2.1.2 for good?");
        assertThat(page.locator("#shot-orenburg-arrest-2")).hasCount(1);

        page.onceDialog(dialog -> dialog.accept());
        page.click("#shot-orenburg-arrest-2 a.danger");
        assertThat(page.locator("#flash .notice")).hasText("Deleted shot 2.1.2.");
        assertThat(page.locator("#shot-orenburg-arrest-2")).hasCount(0);
    }

    @Test
    void aDeleteButtonWithoutAPageOfItsOwnAsksInTheBrowser() {
        String slug = FilmCopies.ofSerge("finish-confirm");
        open("films/" + slug + "/scenes/orenburg-arrest");
        int footnotes = page.locator("form[action*='/citations/'][action$='/delete']").count();
        assertThat(footnotes).isPositive();
        List<String> asked = new ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.locator("form[action*='/citations/'][action$='/delete'] button").first().click();
        assertThat(asked).containsExactly("Delete footnote 1?");
        assertThat(page.locator("form[action*='/citations/'][action$='/delete']")).hasCount(footnotes);
    }

    @Test
    void aLongImportShowsItIsWorkingAndCannotBeSentTwice() {
        String slug = FilmCopies.ofSerge("finish-import");
        open("films/" + slug + "/shots/import");
        // The form is sent and the next page is long in coming: here it never comes (the window, last to hear
        // of the submit, cancels it after witness.js has seen it).
        page.evaluate("window.sent = 0; window.addEventListener('submit', e => { window.sent++; e.preventDefault(); })");
        page.setInputFiles("form.csv-import input[type=file]", new FilePayload("shots.csv", "text/csv",
                "scene,kind,description\n".getBytes(StandardCharsets.UTF_8)));
        page.click("form.csv-import button[type=submit]");

        assertThat(page.locator("form.csv-import button[type=submit]")).isDisabled();
        assertThat(page.locator("form.csv-import button[type=submit]")).hasText("Importing…");
        assertThat(page.locator("form.csv-import progress")).isVisible();
        assertThat(page.locator("form.csv-import")).hasAttribute("aria-busy", "true");
        page.locator("form.csv-import button[type=submit]").click(new Locator.ClickOptions().setForce(true));
        assertThat(page.evaluate("window.sent")).as("a disabled button sends nothing").isEqualTo(1);
        Browser.screenshot(page, "import-in-progress");
    }

    @Test
    @SuppressWarnings("unchecked")
    void atTabletWidthThePageDoesNotScrollSideways() {
        String slug = FilmCopies.ofSerge("finish-tablet");
        List<Visit> tablet = new ArrayList<>();
        for (String path : List.of("films/" + slug + "/shots", "films/" + slug, "films/" + slug + "/schedules/orenburg-shoot",
                "films/" + slug + "/interviews", "films/" + slug + "/research-log", "films/" + slug + "/locations", "films/" + slug + "/scenes/prologue-taxi",
                "films/" + slug + "/sources", "films/" + slug + "/people", "films/" + slug + "/chronology",
                "films/" + slug + "/testimonies", "films/" + slug + "/clearances")) {
            tablet.add(Visit.of(path, As.adminCookie()).at(Browser.Width.TABLET));
        }
        List<String> failures = BrowserPool.check(base, tablet, (visit, page, answer) -> {
            Object wider = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) wider).intValue()).as("scrolls sideways, past its edge: " + page.evaluate(SPILLS))
                    .isLessThanOrEqualTo(0);
            assertThat(page.locator(".site-nav")).isVisible();
        });
        assertThat(failures).as(() -> String.join("\n", failures)).isEmpty();
        open("films/" + slug + "/shots");
        page.setViewportSize(768, 1024);
        // The shot table is wider than a tablet: it scrolls in its own box, the page does not.
        Object table = page.evaluate("(() => { const t = document.querySelector('table.shots');"
                + " return [t.scrollWidth > t.clientWidth, getComputedStyle(t).overflowX]; })()");
        assertThat((List<Object>) table).containsExactly(true, "auto");
        Browser.screenshot(page, "shot-list-tablet");
    }

    @Test
    void aFileInputHasRoomForWhatTheBrowserWritesInIt() {
        String slug = FilmCopies.ofSerge("finish-files");
        open("films/" + slug + "/locations/mexico-city");
        // Chromium writes "No file chosen" beside the button; a narrow input cut it to "No …osen".
        double width = page.locator("input[type=file]").first().boundingBox().width;
        assertThat(width).isGreaterThanOrEqualTo(250);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aButtonThatCannotActIsAnOutlineNotASolidBlock() {
        String slug = FilmCopies.ofSerge("finish-disabled");
        open("films/" + slug);
        List<String> look = (List<String>) page.locator("#up-sequence-prologue").evaluate(
                "b => { const s = getComputedStyle(b); return [String(b.disabled), s.backgroundColor, s.borderTopStyle]; }");
        assertThat(look.get(0)).isEqualTo("true");
        assertThat(look.get(1)).as("no fill: the page shows through").isIn("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)");
        assertThat(look.get(2)).isEqualTo("dashed");
    }

    @Test
    void theResearchLogReadsAsAListNotAsHeadlines() {
        String slug = FilmCopies.ofSerge("finish-log");
        open("films/" + slug + "/research-log");
        double heading = ((Number) page.locator(".log-entry h2").first().evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
        double body = ((Number) page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();
        assertThat(heading).as("an entry's heading, against the text's size").isLessThanOrEqualTo(body * 1.2);
        double button = page.locator(".log-entry .follow-ups button").first().boundingBox().height;
        assertThat(button).as("a follow-up's button, in px").isLessThanOrEqualTo(28);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeaderShowsTheWholeTitleAndTheAreasOnOneLineAndListsHaveNoHangingBullets() {
        String slug = FilmCopies.ofSerge("finish-header");
        open("films/" + slug + "/schedules/mexico-shoot");
        page.setViewportSize(1400, 900);
        // the selected title fits the switcher (less its arrow)
        List<Number> widths = (List<Number>) page.evaluate("(() => { const s = document.getElementById('film-switcher');"
                + " const c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(s).font;"
                + " return [c.measureText(s.options[s.selectedIndex].text).width, s.clientWidth]; })()");
        assertThat(widths.get(0).doubleValue()).as("the title's width against the switcher's")
                .isLessThan(widths.get(1).doubleValue() - 24);
        List<Number> rows = (List<Number>) page.evaluate("[...new Set([...document.querySelectorAll('.site-nav li')]"
                + ".map(li => Math.round(li.getBoundingClientRect().top)))]");
        assertThat(rows).as("the areas' rows at 1400 px").hasSize(1);
        for (String path : List.of("films/" + slug + "/schedules/mexico-shoot", "?film=" + slug,
                "films/" + slug + "/sources")) {
            open(path);
            List<String> bullets = (List<String>) page.evaluate("[...document.querySelectorAll('.conflict-list li,"
                    + " ul.warnings li, .strips li, .day-items li, .source-actions li')]"
                    + ".map(li => getComputedStyle(li).listStyleType)");
            assertThat(bullets).as(path).isNotEmpty().allMatch("none"::equals);
        }
    }
}
