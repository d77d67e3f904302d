package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/** The stripboard in a browser: strips dragged onto a day and back, without leaving the page. */
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
        drag("#board-shot-orenburg-arrival-2 .drag-handle", "#" + firstDay + " ol.shots li.shot .drag-handle");
        page.waitForSelector("#" + firstDay + "-shot-orenburg-arrival-2");

        assertThat(page.querySelector("#board-shot-orenburg-arrival-2")).isNull();
        assertThat(page.textContent("#" + firstDay + " .load")).contains("270 of 600");
        assertThat(page.textContent(".board-notice")).contains("Scheduled shot");

        drag("#" + firstDay + "-shot-orenburg-arrival-2 .drag-handle", ".stripboard ul.strips li.shot .drag-handle");
        page.waitForSelector("#board-shot-orenburg-arrival-2");
        assertThat(page.textContent("#" + firstDay + " .load")).contains("240 of 600");
        assertThat(page.evaluate("window.sameDocument")).isEqualTo(true);
        Browser.screenshot(page, "schedule");
    }

    /** Sortable follows the pointer between lists: move in small steps, as a hand does. */
    private void drag(String from, String to) {
        page.hover(from);
        page.mouse().down();
        var box = page.querySelector(to).boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(20));
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2 + 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
    }
}
