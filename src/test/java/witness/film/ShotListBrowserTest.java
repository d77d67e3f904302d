package witness.film;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/** What only a browser shows: the shot list edited in place, reordered by keyboard and by dragging. */
@QuarkusTest
class ShotListBrowserTest extends BrowserTest {
    private String slug;

    @BeforeEach
    void openACopy() {
        slug = FilmCopies.ofSerge("browser");
        open("films/" + slug + "/shots");
        // Set on the page: a full reload would lose it.
        page.evaluate("window.sameDocument = true");
    }

    @Test
    void aShotIsEditedInPlaceWithTheMessageNextToTheFieldAndWithoutAReload() {
        page.click("#edit-orenburg-arrest-2");
        page.fill("#shot-orenburg-arrest-2 textarea[name=description]", "Liuba at the window, 1932");
        page.fill("#shot-orenburg-arrest-2 input[name=seconds]", "a while");
        page.click("#shot-orenburg-arrest-2 button:has-text('Save shot')");

        assertThat(page.textContent("#shot-orenburg-arrest-2-seconds-error")).contains("minutes:seconds");
        assertThat(page.getAttribute("#shot-orenburg-arrest-2 input[name=seconds]", "aria-invalid")).isEqualTo("true");

        page.fill("#shot-orenburg-arrest-2 input[name=seconds]", "1:05");
        page.click("#shot-orenburg-arrest-2 button:has-text('Save shot')");
        page.waitForSelector("#shot-orenburg-arrest-2 td.description");

        assertThat(page.textContent("#shot-orenburg-arrest-2 td.description")).startsWith("Liuba at the window, 1932");
        assertThat(page.textContent("#shot-orenburg-arrest-2 td.seconds")).isEqualTo("1 min 5 s");
        assertThat(page.evaluate("window.sameDocument")).isEqualTo(true);
        Browser.screenshot(page, "shot-list");
    }

    @Test
    void theKeyboardMovesAShotUpAndTheNumbersFollow() {
        page.focus("#up-orenburg-arrest-3");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("#shot-orenburg-arrest-3 td.number")).hasText("2.1.2");

        assertThat(numbers("orenburg-arrest")).containsExactly("orenburg-arrest-1=2.1.1", "orenburg-arrest-3=2.1.2",
                "orenburg-arrest-2=2.1.3", "orenburg-arrest-4=2.1.4", "orenburg-arrest-5=2.1.5");
        assertThat(page.evaluate("window.sameDocument")).isEqualTo(true);
    }

    @Test
    void draggingAShotReordersAndRenumbersTheScene() {
        page.dragAndDrop("#shot-orenburg-arrest-5 .drag-handle", "#shot-orenburg-arrest-3 .drag-handle");
        PlaywrightAssertions.assertThat(page.locator("#shot-orenburg-arrest-5 td.number")).hasText("2.1.3");

        assertThat(numbers("orenburg-arrest")).containsExactly("orenburg-arrest-1=2.1.1", "orenburg-arrest-2=2.1.2",
                "orenburg-arrest-5=2.1.3", "orenburg-arrest-3=2.1.4", "orenburg-arrest-4=2.1.5");
    }

    @Test
    void droppingAShotStrikesItThroughAndTakesItOutOfTheTotal() {
        String before = page.textContent("#film-total");
        page.click("#drop-orenburg-arrest-1");
        page.waitForSelector("#shot-orenburg-arrest-1.status-dropped");

        assertThat(page.textContent("#film-total")).isNotEqualTo(before);
        assertThat(page.evaluate("getComputedStyle(document.querySelector('#shot-orenburg-arrest-1')).textDecorationLine"))
                .isEqualTo("line-through");
    }

    @SuppressWarnings("unchecked")
    private List<String> numbers(String scene) {
        return (List<String>) page.evaluate("[...document.querySelectorAll('#scene-" + scene + " tr.shot')]"
                + ".map(r => r.id.substring(5) + '=' + r.querySelector('td.number').textContent.trim())");
    }
}
