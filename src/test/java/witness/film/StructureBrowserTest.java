package witness.film;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/** The structure page in a browser: scenes and sequences reordered by dragging and by keyboard. */
@QuarkusTest
class StructureBrowserTest extends BrowserTest {

    @BeforeEach
    void openACopy() {
        String slug = FilmCopies.ofSerge("structure-browser");
        open("films/" + slug);
    }

    @Test
    void draggingASceneReordersItsSequence() {
        page.dragAndDrop("#scene-mexico-last-day .drag-handle", "#scene-mexico-isolation .drag-handle");
        PlaywrightAssertions.assertThat(page.locator("#scene-mexico-last-day td").first()).hasText("3.2");

        assertThat(numbers("mexico")).startsWith("mexico-marseille=3.1", "mexico-last-day=3.2", "mexico-isolation=3.3");
        Browser.screenshot(page, "structure");
    }

    @Test
    void theKeyboardMovesASequenceDown() {
        page.focus("#down-sequence-prologue");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("#sequence-prologue h3, #sequence-prologue h2").first())
                .hasText(Pattern.compile("^\\s*2\\."));

        assertThat(numbers("orenburg")).first().asString().endsWith("=1.1");
        // the keyboard stays on the button it pressed (before: it fell to <body>), which is in view
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("down-sequence-prologue");
        assertThat((Boolean) page.locator("#down-sequence-prologue").evaluate("e => { const r = e.getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight; }")).isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<String> numbers(String sequence) {
        return (List<String>) page.evaluate("[...document.querySelectorAll('#sequence-" + sequence + " tr.scene')]"
                + ".map(r => r.id.substring(6) + '=' + r.querySelector('td').textContent.trim())");
    }
}
