package witness.film;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/**
 * What only a browser shows: the shot list edited in place, reordered by keyboard and by dragging; a new scene
 * added on the structure page and its shots added, reordered by button and by dragging, on the shot list.
 */
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
    void anEditInPlaceKeepsYourPlaceAndSaysWhatItDid() {
        page.setViewportSize(1400, 900);
        page.locator("#add-shot-prologue-corpse").scrollIntoViewIfNeeded();
        page.click("#add-shot-prologue-corpse");
        page.fill("#new-shot-prologue-corpse textarea[name=description]", "Gorkin's page, the last line");
        page.click("#new-shot-prologue-corpse button:has-text('Add shot')");
        PlaywrightAssertions.assertThat(page.locator("#flash")).hasText(Pattern.compile("Added shot 1\\.2\\.4\\."));

        // the new row is in the window (before: the page jumped to its end) and has the keyboard (before: <body>)
        Locator added = page.locator("#shot-list tr.shot:has-text(\"Gorkin's page, the last line\")");
        assertThat(inView(added)).isTrue();
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo(added.getAttribute("id"));
        assertThat(page.evaluate("window.sameDocument")).isEqualTo(true);

        // a move by button keeps the keyboard on that button, and the row in view
        page.locator("#down-orenburg-arrest-2").scrollIntoViewIfNeeded();
        page.focus("#down-orenburg-arrest-2");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("#shot-orenburg-arrest-2 td.number")).hasText("2.1.3");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("down-orenburg-arrest-2");
        assertThat(inView(page.locator("#shot-orenburg-arrest-2"))).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKeyboardReachesAScenesAddControlAndTheDescriptionEarly() {
        page.focus("#scene-prologue-corpse h3 a");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("add-shot-prologue-corpse");
        page.keyboard().press("Enter");
        page.waitForSelector("#new-shot-prologue-corpse textarea[name=description]");
        List<String> fields = (List<String>) page.evaluate("[...document.querySelectorAll('#new-shot-prologue-corpse"
                + " select, #new-shot-prologue-corpse textarea, #new-shot-prologue-corpse input:not([type=hidden])')]"
                + ".map(e => e.name)");
        assertThat(fields.subList(0, 3)).contains("description");
    }

    /** Whether the element lies within the window, as scrolled now. */
    private boolean inView(Locator element) {
        return (Boolean) element.evaluate("e => { const r = e.getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight; }");
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

    /** One form per row: each of its buttons posts to its own address, with or without htmx. */
    @Test
    void withoutAScriptTheRowsButtonsStillMoveDropAndDuplicate() {
        withoutScript();
        open("films/" + slug + "/shots");

        page.click("#down-orenburg-arrest-1");
        PlaywrightAssertions.assertThat(page.locator(".notice")).hasText("Moved shot 2.1.2.");
        assertThat(rowNumbers("orenburg-arrest")).startsWith("shot-orenburg-arrest-2=2.1.1", "shot-orenburg-arrest-1=2.1.2");

        page.click("#drop-orenburg-arrest-1");
        PlaywrightAssertions.assertThat(page.locator(".notice")).hasText("Dropped shot 2.1.2 from the cut.");
        PlaywrightAssertions.assertThat(page.locator("#shot-orenburg-arrest-1")).hasClass(Pattern.compile("status-dropped"));

        page.click("#restore-orenburg-arrest-1");
        PlaywrightAssertions.assertThat(page.locator(".notice")).hasText("Restored shot 2.1.2 to the cut.");

        page.click("#duplicate-orenburg-arrest-1");
        PlaywrightAssertions.assertThat(page.locator(".notice")).hasText("Duplicated the shot as 2.1.3.");
        assertThat(rowNumbers("orenburg-arrest")).hasSize(6);
    }

    @Test
    void aDirectorAddsASceneAndItsShotsThenReordersThemByButtonAndByDragging() {
        open("films/" + slug);
        page.getByText("Add a scene to 3. ").click();
        Locator addScene = page.locator("details").filter(new Locator.FilterOptions().setHasText("Add a scene to 3. "));
        addScene.getByLabel("Title").fill("Vlady paints the murals");
        addScene.getByLabel("Estimated duration").fill("1:30");
        addScene.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add scene")).click();

        Locator sceneRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Vlady paints the murals"));
        PlaywrightAssertions.assertThat(sceneRow).isVisible();
        PlaywrightAssertions.assertThat(sceneRow.getByRole(AriaRole.CELL).nth(4)).hasText("1 min 30 s");
        String number = sceneRow.getByRole(AriaRole.CELL).first().textContent().trim();
        assertThat(number).matches("3\\.\\d+");
        String key = sceneRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vlady paints the murals").setExact(true))
                .getAttribute("href").replaceAll(".*/", "");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Shot list").setExact(true)).click();
        for (String description : List.of("Vlady at the easel", "The mural in Mexico City", "Vlady's hands, paint")) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a shot to " + number)).click();
            Locator editor = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("New shot"));
            editor.getByLabel("Kind").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("location"));
            editor.getByLabel("Estimated time").fill("0:20");
            editor.getByLabel("Description (video)").fill(description);
            editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add shot")).click();
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(description)))
                    .isVisible();
        }
        assertThat(shots(key)).containsExactly(number + ".1 Vlady at the easel", number + ".2 The mural in Mexico City",
                number + ".3 Vlady's hands, paint");
        PlaywrightAssertions.assertThat(page.getByText("1 min of 1 min 30 s estimated")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move shot " + number + ".3 up")).click();
        PlaywrightAssertions.assertThat(shotRow("Vlady's hands, paint").getByRole(AriaRole.CELL).nth(1)).hasText(number + ".2");
        assertThat(shots(key)).containsExactly(number + ".1 Vlady at the easel", number + ".2 Vlady's hands, paint",
                number + ".3 The mural in Mexico City");

        page.dragAndDrop("#" + shotRow("The mural in Mexico City").getAttribute("id") + " .drag-handle",
                "#" + shotRow("Vlady at the easel").getAttribute("id") + " .drag-handle");
        PlaywrightAssertions.assertThat(shotRow("The mural in Mexico City").getByRole(AriaRole.CELL).nth(1)).hasText(number + ".1");
        assertThat(shots(key)).containsExactly(number + ".1 The mural in Mexico City", number + ".2 Vlady at the easel",
                number + ".3 Vlady's hands, paint");
        Browser.screenshot(page, "shot-list-new-scene");
    }

    private Locator shotRow(String description) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(description));
    }

    /** "3.5.1 Vlady at the easel": the number and video of each shot of the scene, as the table shows them. */
    private List<String> shots(String sceneKey) {
        return page.locator("#scene-" + sceneKey + " tbody").getByRole(AriaRole.ROW).all().stream()
                .map(row -> row.getByRole(AriaRole.CELL).nth(1).textContent().trim() + " "
                        + row.getByRole(AriaRole.CELL).nth(3).textContent().trim())
                .toList();
    }

    /** "shot-orenburg-arrest-3=2.1.2" for each row of the scene, read without running a script in the page. */
    private List<String> rowNumbers(String scene) {
        return page.locator("#scene-" + scene + " tr.shot").all().stream()
                .map(row -> row.getAttribute("id") + "=" + row.locator("td.number").textContent().trim())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> numbers(String scene) {
        return (List<String>) page.evaluate("[...document.querySelectorAll('#scene-" + scene + " tr.shot')]"
                + ".map(r => r.id.substring(5) + '=' + r.querySelector('td.number').textContent.trim())");
    }
}
