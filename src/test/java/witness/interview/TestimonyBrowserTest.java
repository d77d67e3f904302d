package witness.interview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/** The paper edit in a browser: a transcript pasted, a passage of it made a testimony and placed in a scene. */
@QuarkusTest
class TestimonyBrowserTest extends BrowserTest {
    static final String TRANSCRIPT = """
            [00:12:31] VLADY: My father wrote every night in Orenburg.
            [00:12:48] VLADY: The manuscripts were taken at the border.
            [00:13:05] VLADY: Nobody has seen them since.
            """;

    @Test
    void aPassageOfVladysTranscriptBecomesATestimonyPlacedInTheOrenburgScene() {
        String slug = FilmCopies.ofSerge("testimony-browser");
        open("films/" + slug + "/interviews/vlady");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transcript and paper edit")).click();
        assertThat(page.getByText("No transcript imported for this interview yet.")).isVisible();

        page.getByLabel("Or paste the transcript").fill(TRANSCRIPT);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("The manuscripts were taken")))
                .containsText("00:12:48");

        // the passage chosen by clicking its first line, then its last
        page.click("#line-2 td.text");
        page.click("#line-3 td.text");
        assertThat(page.getByLabel("From line")).hasValue("2");
        assertThat(page.getByLabel("To line")).hasValue("3");
        assertThat(page.locator("table.transcript tr.line.chosen")).hasCount(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a testimony")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Testimonies");
        Locator made = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("The manuscripts were taken at the border. Nobody has seen them since."));
        assertThat(made).containsText("Vlady Kibalchich");
        assertThat(made).containsText("00:12:48");
        assertThat(made).containsText("not placed");

        page.navigate(base + "films/" + slug + "/scenes/orenburg-border");
        Locator paperEdit = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Testimonies"));
        int before = paperEdit.getByRole(AriaRole.LISTITEM).count();
        Locator choice = page.getByLabel("Add a testimony");
        choice.selectOption(choice.locator("option").filter(new Locator.FilterOptions()
                .setHasText("The manuscripts were taken")).getAttribute("value"));
        paperEdit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to the scene")).click();

        Locator bite = paperEdit.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText("The manuscripts were taken at the border."));
        assertThat(bite).containsText("Vlady Kibalchich, interview, 00:12:48");
        assertThat(paperEdit.getByRole(AriaRole.LISTITEM)).hasCount(before + 1);
        Browser.screenshot(page, "scene-testimony-placed");

        paperEdit.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("All testimonies")).click();
        assertThat(made).not().containsText("not placed");
        assertThat(made.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("The search at the border"))).isVisible();
    }

    @Test
    void selectingTextAcrossTwoLinesChoosesThemAsThePassage() {
        String slug = FilmCopies.ofSerge("testimony-selection");
        open("films/" + slug + "/interviews/vlady/transcript");
        page.getByLabel("Or paste the transcript").fill(TRANSCRIPT);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();

        // a drag from inside line 1's words to inside line 2's
        BoundingBox from = page.locator("#line-1 td.text").boundingBox();
        BoundingBox to = page.locator("#line-2 td.text").boundingBox();
        page.mouse().move(from.x + from.width / 3, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(to.x + to.width / 3, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();

        assertThat(page.getByLabel("From line")).hasValue("1");
        assertThat(page.getByLabel("To line")).hasValue("2");
        assertThat(page.locator("table.transcript tr.line.chosen")).hasCount(2);
        assertThat(page.locator("#line-3")).not().hasClass(Pattern.compile(".*chosen.*"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a testimony")).click();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("My father wrote every night in Orenburg. The manuscripts were taken at the border.")))
                .containsText("00:12:31");
    }
}
