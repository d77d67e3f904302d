package witness.research;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/** The research log in a browser: a day's archive visit logged with a follow-up, which is then closed. */
@QuarkusTest
class ResearchLogBrowserTest extends BrowserTest {
    static final String FOLLOW_UP = "Ask the archive for a copy of the 1936 confiscation order";

    @Test
    void anEntryIsLoggedWithAFollowUpThatIsClosedAndLeavesTheDashboard() {
        String slug = FilmCopies.ofSerge("log-browser");
        open("films/" + slug + "/research-log");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an entry")).click();
        Locator form = page.locator("main form").filter(new Locator.FilterOptions().setHas(page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the entry"))));
        form.getByLabel("Date").fill("1990-02-12");
        form.getByLabel("Researcher").fill("Research team");
        form.getByLabel("Kind").selectOption(new SelectOption().setLabel("archive visit"));
        form.getByLabel("Summary").fill("Moscow: the border file of 1936");
        form.getByLabel("Findings").fill("The file lists the **manuscripts** taken at the border.");
        form.getByLabel("Follow-ups").fill(FOLLOW_UP);
        form.getByLabel("People").selectOption(new SelectOption().setLabel("Vlady Kibalchich"));
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the entry")).click();

        assertThat(page.getByText("Added the entry “Moscow: the border file of 1936”.")).isVisible();
        Locator entry = page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("12 February 1990 — Moscow: the border file of 1936"))));
        assertThat(entry).containsText("Research team · archive visit");
        assertThat(entry.getByRole(AriaRole.STRONG)).hasText("manuscripts");
        assertThat(entry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vlady Kibalchich"))).isVisible();
        Locator followUp = entry.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(FOLLOW_UP));
        assertThat(followUp).containsText("Open: " + FOLLOW_UP);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();
        assertThat(page.getByText(FOLLOW_UP)).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Research log").setExact(true)).click();
        followUp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done")).click();

        assertThat(followUp).containsText("Done: " + FOLLOW_UP);
        assertThat(followUp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open again"))).isVisible();
        Browser.screenshot(page, "research-log-follow-up-done");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        assertThat(page.getByText(FOLLOW_UP)).hasCount(0);
    }
}
