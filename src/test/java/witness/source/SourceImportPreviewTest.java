package witness.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static witness.source.SourceImportSamples.paste;
import static witness.source.SourceImportSamples.previewOf;
import static witness.source.SourceImportSamples.row;
import static witness.source.SourceImportSamples.sourceCount;
import static witness.source.SourceImportSamples.text;
import static witness.source.SourceImportSamples.upload;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;

/** What a Zotero export holds is shown before anything is saved; broken files are refused, naming the problem. */
@QuarkusTest
class SourceImportPreviewTest {
    private static String slug;

    @BeforeEach
    void copyTheFilmOnce() {
        if (slug == null) {
            slug = FilmCopies.ofSerge("zotero-preview");
        }
    }

    @Test
    void theImportPageOffersAFileATextAreaAndTheFormats() {
        Document page = Jsoup.parse(given().get("/films/{slug}/sources/import", slug).then().statusCode(200)
                .extract().asString());
        assertThat(page.select("form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
        assertThat(page.select("form.zotero-paste:not([enctype]) textarea[name=text]")).hasSize(1);
        assertThat(page.select("select[name=format] option").eachAttr("value"))
                .containsExactly("", "csl-json", "bibtex", "ris", "", "csl-json", "bibtex", "ris");
        assertThat(page.select("a[href$=sources.csl.json]")).isNotEmpty();
    }

    @Test
    void aCslJsonExportIsPreviewedItemByItemAndNothingIsSaved() {
        long before = sourceCount(slug);
        Document preview = previewOf(slug, "Exported Items.json", text("serge.json"));

        assertThat(preview.select(".import-summary").text()).contains("5 items", "CSL JSON", "3 new", "2 duplicates");
        assertThat(row(preview, 1)).containsEntry("title", "Memoirs of a Revolutionary")
                .containsEntry("authors", "Victor Serge").containsEntry("year", "1963").containsEntry("type", "book")
                .containsEntry("status", "New").containsEntry("checked", "true");
        assertThat(row(preview, 2)).containsEntry("title", "La muerte de Victor Serge")
                .containsEntry("authors", "Julián Gorkín").containsEntry("year", "1957")
                .containsEntry("type", "journal article").containsEntry("status", "New");
        assertThat(row(preview, 3)).containsEntry("title", "Lettre à Antoinette Borderie")
                .containsEntry("year", "1947").containsEntry("type", "personal communication");
        assertThat(row(preview, 4).get("status")).as("same title in other case, same year")
                .isEqualTo("Duplicate of year-one (same title and year)");
        assertThat(row(preview, 4)).containsEntry("checked", "false");
        assertThat(row(preview, 5).get("status")).as("ISBN-10 of the ISBN-13 of item 1")
                .isEqualTo("Duplicate of item 1 of this file (same ISBN 9780192111234)");
        assertThat(row(preview, 5)).containsEntry("checked", "false");
        assertThat(preview.selectFirst("input[name=text]").val()).isEqualTo(text("serge.json"));
        assertThat(sourceCount(slug)).isEqualTo(before);
    }

    @Test
    void aBibTeXExportIsReadWithItsBracesAccentsAndTypes() {
        Document preview = previewOf(slug, "Serge.bib", text("serge.bib"));

        assertThat(preview.select(".import-summary").text()).contains("5 items", "BibTeX", "3 new", "2 duplicates");
        assertThat(row(preview, 1)).containsEntry("title", "Memoirs of a Revolutionary, 1901–1941")
                .containsEntry("status", "Duplicate of memoirs (same title and year)").containsEntry("checked", "false");
        assertThat(row(preview, 2)).containsEntry("title", "La muerte de Victor Serge")
                .containsEntry("authors", "Julián Gorkín").containsEntry("year", "1957")
                .containsEntry("type", "journal article").containsEntry("status", "New");
        assertThat(row(preview, 3)).containsEntry("title", "Victor Serge: Political, Social & Literary Journals")
                .containsEntry("type", "chapter of a book").containsEntry("status", "New");
        assertThat(row(preview, 4)).containsEntry("title", "Lettre à Antoinette Borderie")
                .containsEntry("type", "manuscript");
        assertThat(row(preview, 5)).as("UTF-8 accents; same title, neither dated")
                .containsEntry("title", "Vie et mort de Léon Trotsky")
                .containsEntry("authors", "Victor Serge; Natalia Sedova Trotsky")
                .containsEntry("status", "Duplicate of life-death-trotsky (same title and year)");
    }

    @Test
    void aRisExportIsReadWithEveryAuthorLineAndPastedTextIsToldByItsFirstLine() {
        Document preview = Jsoup.parse(paste(slug, text("serge.ris"), "").then().statusCode(200).extract().asString());

        assertThat(preview.select(".import-summary").text()).contains("4 items", "RIS", "3 new", "1 duplicate");
        assertThat(row(preview, 1)).containsEntry("status", "Duplicate of memoirs (same title and year)");
        assertThat(row(preview, 2)).containsEntry("title", "La muerte de Victor Serge").containsEntry("year", "1957")
                .containsEntry("type", "journal article");
        assertThat(preview.select("#item-2 .title").text()).contains("in Cuadernos del Congreso");
        assertThat(row(preview, 3)).containsEntry("authors", "Victor Serge; Natalia Sedova Trotsky")
                .containsEntry("year", "1951").containsEntry("status", "New");
        assertThat(row(preview, 4)).containsEntry("type", "manuscript").containsEntry("year", "1947");
    }

    @Test
    void aLongPastedExportIsReadToo() {
        String many = text("serge.json").repeat(1).replaceFirst("^\\[", "[" + "{\"type\": \"book\", \"title\": \"Padding\"},\n".repeat(300));
        assertThat(many.length()).isGreaterThan(10_000);
        Document preview = Jsoup.parse(paste(slug, many, "csl-json").then().statusCode(200).extract().asString());
        assertThat(preview.select(".import-summary").text()).contains("305 items");
        assertThat(preview.selectFirst("input[name=text]").val()).isEqualTo(many);
    }

    @Test
    void theApiAnswersThePreviewWithWhatEachDuplicateDuplicates() {
        long before = sourceCount(slug);
        given().contentType("application/json").body(text("serge.json"))
                .post("/api/films/{slug}/sources/import?format=csl-json", slug)
                .then().statusCode(200).body("format", equalTo("csl-json"))
                .body("items.size()", equalTo(5))
                .body("items[0].title", equalTo("Memoirs of a Revolutionary"))
                .body("items[0].isbn", equalTo("978-0-19-211123-4"))
                .body("items[0].status", equalTo("new"))
                .body("items[3].status", equalTo("duplicate"))
                .body("items[3].duplicateOf.source", equalTo("year-one"))
                .body("items[4].duplicateOf.item", equalTo(1))
                .body("items[4].duplicateOf.reason", containsString("ISBN"));
        assertThat(sourceCount(slug)).isEqualTo(before);
    }

    record Broken(String format, String fileName, String content, String message) {
    }

    static final List<Broken> BROKEN = List.of(
            new Broken("", "empty.json", "", "The file is empty"),
            new Broken("csl-json", "bad.json", "[\n  {\"title\": \"Memoirs\",\n  \"type\": \"book\"\n", "not valid CSL JSON (line"),
            new Broken("csl-json", "bad.json", "[{\"type\": \"book\", \"author\": [{\"family\": \"Serge\"}]}]",
                    "item 1 has no title"),
            new Broken("csl-json", "bad.json", "[{\"type\": \"book\", \"title\": \"Memoirs\", \"issued\": {\"date-parts\": [[\"spring\"]]}}]",
                    "item 1 (“Memoirs”): the date [spring] cannot be read"),
            new Broken("csl-json", "bad.json", "[{\"type\": \"hologram\", \"title\": \"Memoirs\"}]",
                    "item 1 (“Memoirs”) cannot be read: Unknown CSLType: hologram"),
            new Broken("csl-json", "bad.json", "[{\"type\": \"book\", \"title\": \"" + "x".repeat(1001) + "\"}]",
                    "the title size must be between 0 and 1000"),
            new Broken("bibtex", "bad.bib", "@book{serge1963,\n  title = {Memoirs},\n  year = {1963}\n@article{gorkin,\n title={Muerte}}\n",
                    "not valid BibTeX at line 4, column 1"),
            new Broken("bibtex", "bad.bib", "@book{serge1963, title = {Memoirs}, year = {n.d.}}",
                    "entry @book{serge1963} (item 1): the date “n.d.” cannot be read"),
            new Broken("bibtex", "bad.bib", "@book{serge1963, author = {Serge, Victor}, year = {1963}}",
                    "entry @book{serge1963} (item 1) has no title"),
            new Broken("ris", "bad.ris", "AU  - Serge, Victor\nTI  - Memoirs\nER  - \n", "line 1 should start a reference"),
            new Broken("ris", "bad.ris", "TY  - BOOK\nTI  - Memoirs\nTY  - JOUR\nTI  - Muerte\nER  - \n",
                    "the reference that starts at line 1 has no ER (end of reference) line before the next one starts at line 3"),
            new Broken("ris", "bad.ris", "TY  - BOOK\nTI  - Memoirs\nPY  - 1963\n", "has no ER (end of reference) line to end it"),
            new Broken("ris", "bad.ris", "TY  - BOOK\nTI  - Memoirs\nDA  - circa 1963\nER  - \n",
                    "reference 1 at line 1 (“Memoirs”): the date “circa 1963” cannot be read"),
            new Broken("ris", "serge.json", text("serge.json"), "line 1 should start a reference"),
            new Broken("bibtex", "serge.ris", text("serge.ris"), "No items were found in the file as BibTeX"),
            new Broken("csl-json", "serge.bib", text("serge.bib"), "not valid CSL JSON"),
            new Broken("", "notes.txt", "Some notes about Serge", "The format of the file cannot be told"),
            new Broken("", "huge.json", "[" + " ".repeat(SourceImportParser.MAX_BYTES) + "]", "too large"));

    @Test
    void brokenFilesOfEachFormatAreRefusedWithAClearMessageAndNothingIsSaved() {
        long before = sourceCount(slug);
        for (Broken broken : BROKEN) {
            var answer = upload(slug, broken.fileName(), broken.content(), broken.format());
            assertThat(answer.statusCode()).as(broken.message()).isEqualTo(422);
            String page = answer.asString();
            assertThat(Jsoup.parse(page).select("#import-message").text()).as(broken.fileName() + " " + broken.message())
                    .contains(broken.message());
        }
        String pasted = "TY  - BOOK\nTI  - Memoirs\n";
        Document refused = Jsoup.parse(paste(slug, pasted, "").then().statusCode(422).extract().asString());
        assertThat(refused.select("#import-message").text()).contains("has no ER (end of reference) line");
        assertThat(refused.selectFirst("textarea[name=text]").val().strip()).as("the text is kept to correct")
                .isEqualTo(pasted.strip());
        Document noFile = Jsoup.parse(given().multiPart("format", "").post("/films/{slug}/sources/import", slug)
                .then().statusCode(422).extract().asString());
        assertThat(noFile.select("#import-message").text()).contains("Choose a file");
        assertThat(sourceCount(slug)).isEqualTo(before);
    }

    @Test
    void theApiRefusesBrokenFilesWithTheMessageAndBadParametersWith400() {
        long before = sourceCount(slug);
        for (Broken broken : BROKEN.subList(1, 13)) {
            for (String dryRun : List.of("true", "false")) {
                var answer = given().contentType("text/plain; charset=UTF-8").body(broken.content())
                        .post("/api/films/{slug}/sources/import?format={f}&dryRun={d}", slug, broken.format(), dryRun);
                assertThat(answer.statusCode()).as(broken.message()).isEqualTo(422);
                answer.then().body("message", containsString(broken.message()));
            }
        }
        given().body("[]").post("/api/films/{slug}/sources/import?format=endnote", slug)
                .then().statusCode(400).body(containsString("format: 'endnote' is not one of: csl-json, bibtex, ris"));
        given().body("[]").post("/api/films/{slug}/sources/import?dryRun=maybe", slug)
                .then().statusCode(400).body(containsString("dryRun"));
        given().body("[]").post("/api/films/no-such-film/sources/import").then().statusCode(404);
        assertThat(sourceCount(slug)).isEqualTo(before);
    }
}
