package witness.interview;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/** The interviews board in a browser: a card moved by keyboard shows its warning in its new column. */
@QuarkusTest
class InterviewBoardBrowserTest extends BrowserTest {

    @BeforeEach
    void openACopy() {
        String slug = FilmCopies.ofSerge("board-browser");
        open("films/" + slug + "/interviews");
    }

    @Test
    void movingVladyToFilmedWithoutAReleaseWarnsOnTheCard() {
        page.evaluate("window.sameDocument = true");
        page.selectOption("#move-vlady", "filmed");
        page.click("#interview-vlady button:has-text('Move')");
        page.waitForSelector("#status-filmed #interview-vlady");

        assertThat(page.textContent("#status-filmed #interview-vlady .warnings")).containsIgnoringCase("release");
        assertThat(page.evaluate("window.sameDocument")).isEqualTo(true);
        Browser.screenshot(page, "interviews-board");
    }
}
