package witness.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/**
 * The interviews board in a browser: a card moved by keyboard shows its warning in its new column; an interview
 * taken through the pipeline by dragging and by its Move button, its release attached on its page.
 */
@QuarkusTest
class InterviewBoardBrowserTest extends BrowserTest {
    private String slug;

    @BeforeEach
    void openACopy() {
        slug = FilmCopies.ofSerge("board-browser");
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

    /** At a producer's 1400 px, the eight statuses are one row; a card moved to "filmed" stays in view, warning and all. */
    @Test
    void atDesktopWidthEveryStatusIsSideBySideAndACardMovedToFilmedStaysInView() {
        page.setViewportSize(1400, 900);
        List<BoundingBox> columns = page.locator("section.board-column").all().stream().map(Locator::boundingBox)
                .toList();
        assertThat(columns).hasSize(8).allSatisfy(column -> {
            assertThat(column.y).as("one row").isEqualTo(columns.get(0).y);
            assertThat(column.x + column.width).as("within the window").isLessThanOrEqualTo(1400);
        });
        assertThat(page.locator(".card details.topics").count()).as("cards with topics").isPositive();
        assertThat(page.locator(".card details.topics[open]").count()).as("topics folded").isZero();

        page.selectOption("#move-vlady", "filmed");
        page.click("#interview-vlady button:has-text('Move')");
        page.waitForSelector("#status-filmed #interview-vlady");

        BoundingBox warning = page.locator("#status-filmed #interview-vlady .warnings").boundingBox();
        assertThat(warning.y + warning.height).as("the release warning, without scrolling").isLessThanOrEqualTo(900);
        assertThat(warning.x + warning.width).isLessThanOrEqualTo(1400);
        assertThat(page.evaluate("document.documentElement.scrollWidth")).as("no sideways scroll of the page")
                .isEqualTo(1400);
    }

    @Test
    void jeannineIsDraggedToAgreedMovedOnToFilmedAndHerSignedReleaseClearsTheWarning() {
        // the card and the column it goes to both on the screen, as on a producer's monitor
        page.setViewportSize(1400, 3000);
        Locator card = card("Jeannine Kibalchich");
        card("Vlady Kibalchich").getByLabel("Status of Vlady Kibalchich").selectOption(new SelectOption().setLabel("agreed"));
        card("Vlady Kibalchich").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move Vlady Kibalchich")).click();
        PlaywrightAssertions.assertThat(cardIn("agreed", "Vlady Kibalchich")).isVisible();

        drag(card.getByTitle("Drag to another status"), card("Vlady Kibalchich").getByTitle("Drag to another status"));
        PlaywrightAssertions.assertThat(cardIn("agreed", "Jeannine Kibalchich")).isVisible();
        PlaywrightAssertions.assertThat(column("agreed").getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                .hasText("agreed (2)");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Moved")))
                .containsText("Jeannine Kibalchich");

        for (String status : new String[] {"scheduled", "filmed"}) {
            card.getByLabel("Status of Jeannine Kibalchich").selectOption(new SelectOption().setLabel(status));
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move Jeannine Kibalchich")).click();
            PlaywrightAssertions.assertThat(cardIn(status, "Jeannine Kibalchich")).isVisible();
        }
        PlaywrightAssertions.assertThat(cardIn("agreed", "Jeannine Kibalchich")).hasCount(0);
        PlaywrightAssertions.assertThat(column("filmed").getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                .hasText("filmed (1)");
        PlaywrightAssertions.assertThat(card).containsText("Release: none");
        PlaywrightAssertions.assertThat(card.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("release")))
                .not().hasCount(0);

        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Jeannine Kibalchich")).click();
        Locator release = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Release form"));
        release.getByLabel("Scan of the signed form").setInputFiles(new FilePayload("jeannine-release.pdf",
                "application/pdf", "%PDF-1.4\n% signed by Jeannine Kibalchich\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        release.getByLabel("Signed on").fill("1990-03-07");
        release.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload scan")).click();

        PlaywrightAssertions.assertThat(page.getByText("Stored the release form scan jeannine-release.pdf.")).isVisible();
        PlaywrightAssertions.assertThat(release.getByText("Release: signed, signed 7 March 1990")).isVisible();
        PlaywrightAssertions.assertThat(release.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("jeannine-release.pdf")))
                .isVisible();

        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Interviews").setExact(true)).click();
        PlaywrightAssertions.assertThat(column("filmed").getByText("Release: signed, signed 7 March 1990")).isVisible();
        PlaywrightAssertions.assertThat(card.getByRole(AriaRole.LISTITEM)).hasCount(0);
        Browser.screenshot(page, "interviews-board-release-signed");
    }

    private Locator card(String interviewee) {
        return page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(interviewee))));
    }

    private Locator cardIn(String status, String interviewee) {
        return column(status).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(interviewee));
    }

    private Locator column(String status) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(status));
    }
}
