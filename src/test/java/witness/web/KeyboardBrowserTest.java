package witness.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/**
 * Witness by keyboard alone, with the Content-Security-Policy on: the skip link, a focus that shows, and the
 * keyboard's way to do what dragging does (scenes and shots moved by their up/down buttons).
 */
@QuarkusTest
class KeyboardBrowserTest extends BrowserTest {
    private static final int MOST_TABS = 400;


    @Test
    void theFirstTabReachesTheSkipLinkWhichLeadsToTheContent() {
        open("films/victor-serge/shots");
        assertThat(page.locator(".skip-link")).not().isInViewport();

        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        assertThat(page.locator(".skip-link")).isInViewport();
        assertThat(page.locator(".skip-link")).hasText("Skip to content");

        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("main :focus")).hasCount(1);
    }

    @Test
    void everyControlTheKeyboardReachesShowsItsFocus() {
        open("films/victor-serge");
        List<String> unmarked = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        String first = null;
        for (int i = 0; i < MOST_TABS; i++) {
            page.keyboard().press("Tab");
            Map<String, Object> focused = focused();
            String where = (String) focused.get("where");
            if (where.equals(first) || "body".equals(focused.get("tag"))) {
                break;
            }
            first = first == null ? where : first;
            kinds.add((String) focused.get("tag"));
            boolean outlined = !"none".equals(focused.get("outlineStyle")) && !"0px".equals(focused.get("outlineWidth"));
            boolean shadowed = !"none".equals(focused.get("boxShadow"));
            if (!outlined && !shadowed) {
                unmarked.add(where);
            }
        }
        assertThat(kinds).as("the kinds of controls reached by Tab").contains("a", "button", "input", "select", "summary");
        assertThat(unmarked).as("controls that show no outline or box-shadow when focused").isEmpty();
    }

    @Test
    void aSceneMovesDownByKeyboard() {
        String slug = FilmCopies.ofSerge("keyboard-scene");
        open("films/" + slug);
        assertThat(page.locator("#scene-orenburg-arrest td").first()).hasText("2.1");

        tabTo("#down-scene-orenburg-arrest", "Tab");
        page.keyboard().press("Enter");

        assertThat(page.locator("#scene-orenburg-arrest td").first()).hasText("2.2");
        assertThat(page.locator("#scene-orenburg-arrival td").first()).hasText("2.1");
        assertThat(page.locator("#down-scene-orenburg-arrest")).isFocused();
    }

    @Test
    void aShotMovesDownByKeyboardAndBackUpWithSpace() {
        String slug = FilmCopies.ofSerge("keyboard-shot");
        open("films/" + slug + "/shots");
        assertThat(page.locator("#shot-orenburg-arrest-1 .number")).hasText("2.1.1");

        tabTo("#down-orenburg-arrest-1", "Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator("#shot-orenburg-arrest-1 .number")).hasText("2.1.2");
        assertThat(page.locator("#shot-orenburg-arrest-2 .number")).hasText("2.1.1");
        assertThat(page.locator("#down-orenburg-arrest-1")).isFocused();

        tabTo("#up-orenburg-arrest-1", "Shift+Tab");
        page.keyboard().press("Space");
        assertThat(page.locator("#shot-orenburg-arrest-1 .number")).hasText("2.1.1");
    }

    @Test
    void aShotIsEditedByKeyboardAndAFaultPutsTheFocusOnTheFaultyField() {
        String slug = FilmCopies.ofSerge("keyboard-edit");
        open("films/" + slug + "/shots");

        tabTo("#edit-orenburg-arrest-1", "Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator("tr.shot-editor select[name=scene]")).isFocused();

        tabTo("tr.shot-editor input[name=seconds]", "Tab");
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("a while");
        page.keyboard().press("Enter");

        Locator seconds = page.locator("tr.shot-editor input[name=seconds]");
        assertThat(seconds).hasAttribute("aria-invalid", "true");
        assertThat(seconds).isFocused();
        assertThat(page.locator("#" + seconds.getAttribute("aria-describedby"))).isVisible();
    }

    /** Presses Tab (or Shift+Tab), and nothing else, until the element is focused. */
    private void tabTo(String selector, String key) {
        for (int i = 0; i < MOST_TABS; i++) {
            page.keyboard().press(key);
            if ((Boolean) page.locator(selector).evaluate("e => e === document.activeElement")) {
                return;
            }
        }
        fail(selector + " was not reached in " + MOST_TABS + " presses of " + key);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  const s = getComputedStyle(e);
                  const name = (e.getAttribute('aria-label') || e.textContent || e.name || '').trim().slice(0, 40);
                  return { tag: e.tagName.toLowerCase(), where: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + ' "' + name + '"', outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth,
                      boxShadow: s.boxShadow };
                }""");
    }
}
