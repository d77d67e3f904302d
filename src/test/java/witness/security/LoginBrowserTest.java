package witness.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.Browser;
import witness.testing.BrowserTest;

/** Logging in as a person does: a producer adds a user on the users page, who then logs in, mistyping once. */
@QuarkusTest
class LoginBrowserTest extends BrowserTest {

    @Test
    void aNewUserLogsInAfterAWrongPasswordAndTheDashboardShowsTheirName() {
        String username = "liuba-" + UUID.randomUUID().toString().substring(0, 6);
        // A producer of this test's own: logging out ends every session of theirs, and admin's serves other tests.
        String producer = As.newUser(Role.PRODUCER);
        openAs(As.cookie(producer, As.PASSWORD), "users");
        page.getByText("Add a user").click();
        Locator newUser = page.locator("details").filter(new Locator.FilterOptions().setHasText("Add a user"));
        newUser.getByLabel("Username").fill(username);
        newUser.getByLabel("Role").selectOption("researcher");
        newUser.getByLabel("Initial password").fill("orenburg-1933");
        newUser.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the user")).click();
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(username))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        page.navigate(base + "login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
        logIn(username, "orenburg-1934");

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong username or password.");
        assertThat(page.getByLabel("Password")).hasAttribute("aria-invalid", "true");
        Browser.screenshot(page, "login-wrong-password");

        logIn(username, "orenburg-1933");

        assertThat(page).hasURL(base.toString());
        assertThat(page.getByRole(AriaRole.BANNER).getByText(username, new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).not().hasText("Log in");
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        // a researcher: no users page for them
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true))).hasCount(0);
    }

    private void logIn(String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
}
