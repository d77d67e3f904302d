package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/**
 * The schedule in a browser: strips dragged onto a day and back, without leaving the page; a shoot day planned
 * too long, whose conflict appears and goes when its wrap is made earlier.
 */
@QuarkusTest
class ScheduleBrowserTest extends BrowserTest {

    @BeforeEach
    void openACopy() {
        String slug = FilmCopies.ofSerge("schedule-browser");
        open("films/" + slug + "/schedules/mexico-shoot");
    }

    @Test
    void aStripDraggedOntoADayIsScheduledThereAndDraggedBackIsUnscheduled() {
        // days and stripboard side by side, and both whole on the screen, as on a producer's monitor
        page.setViewportSize(1600, 6000);
        page.evaluate("window.sameDocument = true");
        String firstDay = page.getAttribute("article.day-card", "id");
        drag(page.locator("#board-shot-mexico-marseille-2 .drag-handle"), page.locator("#" + firstDay + " ol.shots li.shot .drag-handle").first());
        page.waitForSelector("#" + firstDay + "-shot-mexico-marseille-2");

        assertThat(page.querySelector("#board-shot-mexico-marseille-2")).isNull();
        assertThat(page.textContent("#" + firstDay + " .load")).contains("270 of 600");
        assertThat(page.textContent(".board-notice")).contains("Scheduled shot");

        drag(page.locator("#" + firstDay + "-shot-mexico-marseille-2 .drag-handle"), page.locator(".stripboard ul.strips li.shot .drag-handle").first());
        page.waitForSelector("#board-shot-mexico-marseille-2");
        assertThat(page.textContent("#" + firstDay + " .load")).contains("240 of 600");
        assertThat(page.evaluate("window.sameDocument")).isEqualTo(true);
        Browser.screenshot(page, "schedule");
    }

    @Test
    void aShootDayPlannedTooLongShowsItsConflictUntilItsWrapIsMadeEarlier() {
        Locator conflicts = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Conflicts"));
        Locator total = conflicts.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2));
        int before = Integer.parseInt(total.textContent().replaceAll("\\D", ""));

        page.getByText("Add a shoot day").click();
        Locator form = page.locator("details").filter(new Locator.FilterOptions().setHasText("Add a shoot day"));
        form.getByLabel("Date").fill("1990-03-14");
        form.getByLabel("Location").selectOption(new SelectOption().setLabel("Mexico City"));
        form.getByLabel(java.util.regex.Pattern.compile("^Call")).fill("06:00");
        form.getByLabel("Wrap").fill("22:30");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the day")).click();

        Locator tooLong = conflicts.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("day too long"))
                .filter(new Locator.FilterOptions().setHasText("14 March 1990"));
        PlaywrightAssertions.assertThat(tooLong).hasCount(1);
        PlaywrightAssertions.assertThat(tooLong).containsText("runs 16 h 30 min from call");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions()
                .setHasText("14 March 1990 — Mexico City"))).containsText("Call 06:00, wrap 22:30");
        // and Mexico City's permit, still applied for
        PlaywrightAssertions.assertThat(total).hasText("Conflicts (" + (before + 2) + ")");
        Browser.fullPageScreenshot(page, "schedule-conflict");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the day of 14 March 1990")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Shoot day, 14 March 1990");
        page.getByLabel("Wrap").fill("14:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the day")).click();

        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mexico shoot");
        PlaywrightAssertions.assertThat(tooLong).hasCount(0);
        PlaywrightAssertions.assertThat(total).hasText("Conflicts (" + (before + 1) + ")");
    }
}
