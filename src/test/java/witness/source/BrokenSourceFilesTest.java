package witness.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import witness.testing.BrokenFiles;
import witness.testing.FilmCopies;
import witness.testing.NoErrorLogged;

/**
 * Every broken Zotero export of src/test/resources/broken/sources/ is refused by the API (creating, not
 * only previewing) and by the import page with a 422 saying what is wrong and where, and no source is saved.
 */
@QuarkusTest
@ExtendWith(NoErrorLogged.class)
class BrokenSourceFilesTest {
    private static final String CASES = """
            not-an-array.json      | it should be an array of items
            wrong-types.json       | item 1: “title” must be text or a number
            author-not-a-list.json | item 1 (“Memoirs of a Revolutionary”): “author” must be a list of names
            deep-nesting.json      | nesting depth
            truncated.json         | not valid CSL JSON (line
            last-item-broken.json  | (“Notebooks 1936-1947”): the date “17/11/47” cannot be read
            unbalanced-braces.bib  | not valid BibTeX at line
            no-er.ris              | the reference that starts at line 7 has no ER
            empty.bib              | The file is empty
            binary-junk.json       | not UTF-8 text
            utf-16.bib             | not UTF-8 text
            """;
    private static String slug;

    @BeforeEach
    void copyTheSergeFilmOnce() {
        if (slug == null) {
            slug = FilmCopies.ofSerge("broken-sources");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = CASES)
    void aBrokenExportIsRefusedWholeWithItsReason(String file, String reason) {
        byte[] bytes = BrokenFiles.bytes("sources", file);
        long before = SourceImportSamples.sourceCount(slug);

        Response api = given().contentType("application/octet-stream").body(bytes).queryParam("dryRun", "false")
                .queryParam("format", format(file)).post("/api/films/{slug}/sources/import", slug);

        api.then().statusCode(422);
        assertThat(api.jsonPath().getString("message")).contains(reason);
        assertThat(SourceImportSamples.sourceCount(slug)).isEqualTo(before);

        Response page = given().multiPart("file", file, bytes, "application/octet-stream").multiPart("format", "")
                .post("/films/{slug}/sources/import", slug);

        page.then().statusCode(422);
        assertThat(Jsoup.parse(page.asString()).select("#import-message").text()).contains(reason);
        assertThat(SourceImportSamples.sourceCount(slug)).isEqualTo(before);
    }

    /** Files made to exhaust the importer, built by {@link HostileFiles}; a dry run is enough to try them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            doubling-macros.bib  | the @string macro “m16” expands to more than 100,000 characters
            deep-braces.bib      | braces are nested more than 64 deep at line 2
            long-join.bib        | joins more than 100 parts with # at line 2
            crossref-loop.bib    | crossref leads back to {a} in a loop
            many-items.json      | holds 2,001 items: at most 2,000 can be imported at once
            """)
    void aFileMadeToExhaustTheImporterIsRefusedAtOnce(String file, String reason) {
        String text = switch (file) {
            case "doubling-macros.bib" -> HostileFiles.doublingMacros(39);
            case "deep-braces.bib" -> HostileFiles.deepBraces(200_000);
            case "long-join.bib" -> HostileFiles.longJoin(20_000);
            case "crossref-loop.bib" -> HostileFiles.crossrefLoop();
            default -> HostileFiles.cslItems(2_001);
        };
        long before = SourceImportSamples.sourceCount(slug);

        Response api = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> given()
                .contentType("application/octet-stream").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("format", format(file)).post("/api/films/{slug}/sources/import", slug));

        api.then().statusCode(422);
        assertThat(api.jsonPath().getString("message")).contains(reason);
        assertThat(SourceImportSamples.sourceCount(slug)).isEqualTo(before);
    }

    @Test
    void everyBrokenExportIsTried() {
        assertThat(BrokenFiles.names("sources")).containsExactlyInAnyOrderElementsOf(
                CASES.lines().map(line -> line.split("\\|")[0].strip()).toList());
    }

    private static String format(String file) {
        return file.endsWith(".json") ? "csl-json" : file.endsWith(".bib") ? "bibtex" : "ris";
    }
}
