package witness.export;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import witness.testing.Browser;
import witness.testing.BrowserTest;

/** The exports page in a browser: the shooting script chosen as a PDF, made in the background, downloaded. */
@QuarkusTest
class ScriptPdfBrowserTest extends BrowserTest {

    @Test
    void theScriptIsExportedAsAPdfWithAWatermarkAndDownloaded() throws IOException {
        open("?film=victor-serge");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exports").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Exports");

        page.getByLabel("PDF", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("DRAFT", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Version").fill("Second draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export the script")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Shooting script: PDF");
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download "));
        assertThat(link).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.getByRole(AriaRole.PROGRESSBAR)).isVisible();
        String fileName = page.locator("code").first().textContent();
        assertThat(fileName).endsWith(".pdf");
        Browser.screenshot(page, "script-export-done");

        Download download = page.waitForDownload(link::click);

        assertThat(download.suggestedFilename()).isEqualTo(fileName);
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(5_000);
    }

    @Test
    void theWholeScriptPdfLinkDownloadsAPdf() throws IOException {
        open("films/victor-serge/exports");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("script.pdf").setExact(true)).click());

        assertThat(download.suggestedFilename()).endsWith(".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
