package witness.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.Pages;

/** The exports page offers every export of the film, and every one of its links works. */
@QuarkusTest
class ExportsPageTest {

    @Test
    void everyExportIsOfferedAndAnswers() {
        Document page = Pages.get("/films/victor-serge/exports");

        assertThat(page.select("main a[href]").eachAttr("href")).contains("/films/victor-serge/shots.csv",
                "/films/victor-serge/shots.pdf", "/films/victor-serge/bibliography",
                "/films/victor-serge/sources.csl.json", "/films/victor-serge/sources.bib",
                "/films/victor-serge/clearances.csv", "/films/victor-serge/dossier.zip");
        for (String href : page.select("main a[href]").eachAttr("href")) {
            given().get(href).then().statusCode(200);
        }
    }

    @Test
    void downloadsAreMarkedAsDownloads() {
        Document page = Pages.get("/films/victor-serge/exports");

        assertThat(page.select("main a.download")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.hasAttr("download")).isTrue());
    }
}
