package witness.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import witness.testing.Pages;

/** The exports page opens with the shooting script: direct links, and a form whose every control is labelled. */
@QuarkusTest
class ScriptExportFormTest {

    @Test
    void theShootingScriptComesFirstWithItsFourFiles() {
        Document page = Pages.get("/films/victor-serge/exports");

        Element first = page.selectFirst("main section");
        assertThat(first.selectFirst("h2").text()).isEqualTo("Shooting script");
        assertThat(first.select("ul.exports a").eachAttr("href")).containsExactly("/films/victor-serge/script.html",
                "/films/victor-serge/script.pdf", "/films/victor-serge/script.fountain",
                "/films/victor-serge/script.fdx");
    }

    @Test
    void theFormOffersFormatScopeInclusionsWatermarkAndVersion() {
        Element form = form();

        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/films/victor-serge/script-exports");
        assertThat(form.select("input[name=format]").eachAttr("value")).containsExactly("html", "pdf", "fountain",
                "fdx");
        assertThat(form.select("input[name=scope]").eachAttr("value")).containsExactly("whole", "sequence", "scenes");
        assertThat(form.select("input[name=scope][checked]").val()).isEqualTo("whole");
        assertThat(form.select("select[name=sequence] option").eachAttr("value")).containsExactly("prologue",
                "orenburg", "mexico");
        assertThat(form.select("input[type=checkbox][name=scenes]")).hasSize(17);
        assertThat(form.select("fieldset.script-scenes-of > legend").eachText()).containsExactly(
                "1. Prologue: a death in a Mexico City taxi (1947)", "2. Orenburg exile (1933–36)",
                "3. Mexico (1941–47)");
        assertThat(form.select("fieldset.script-scenes-of").get(1).select("input[name=scenes]").eachAttr("value"))
                .hasSize(8).contains("orenburg-arrest");
        assertThat(form.select("input[name=watermark]").eachAttr("value")).containsExactly("none", "draft",
                "confidential");
        assertThat(form.select("input[name=version]").val()).isEqualTo("Draft");
    }

    @Test
    void notesAndCitationsAreCheckedDroppedShotsNotAndUncheckingIsSent() {
        Element form = form();

        assertThat(form.select("input[type=checkbox][name=notes]").hasAttr("checked")).isTrue();
        assertThat(form.select("input[type=checkbox][name=citations]").hasAttr("checked")).isTrue();
        assertThat(form.select("input[type=checkbox][name=dropped]").hasAttr("checked")).isFalse();
        for (String name : new String[] { "dropped", "notes", "citations" }) {
            Elements fields = form.select("input[name=" + name + "]");
            assertThat(fields.eachAttr("type")).as("a hidden false before the box " + name)
                    .containsExactly("hidden", "checkbox");
            assertThat(fields.eachAttr("value")).containsExactly("false", "true");
        }
    }

    @Test
    void everyControlIsLabelled() {
        Element form = form();

        Elements controls = form.select("input:not([type=hidden]), select, textarea");
        assertThat(controls).hasSizeGreaterThan(20);
        for (Element control : controls) {
            String label = labelOf(form, control);
            assertThat(label).as("the label of %s", control).isNotBlank();
        }
        assertThat(form.select("fieldset")).allSatisfy(f -> assertThat(f.selectFirst("> legend")).isNotNull());
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Export the script");
    }

    private static String labelOf(Element form, Element control) {
        Element wrapping = control.closest("label");
        if (wrapping != null) {
            return wrapping.text();
        }
        Element byId = control.id().isEmpty() ? null : form.selectFirst("label[for=" + control.id() + "]");
        return byId != null ? byId.text() : control.attr("aria-label");
    }

    private static Element form() {
        Document page = Pages.get("/films/victor-serge/exports");
        Element form = page.selectFirst("form.script-export-form");
        assertThat(form).isNotNull();
        return form;
    }
}
