package witness.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static witness.source.SourceImportSamples.emptyFilm;
import static witness.source.SourceImportSamples.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;

/** sources.csl.json and sources.bib: files Zotero imports, which come back as the same sources. */
@QuarkusTest
class SourceExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCslJsonExportIsAPrettyPrintedUtf8AttachmentThatComesBackAsTheSameSources() throws Exception {
        String from = FilmCopies.ofSerge("zotero-export");
        var answer = given().get("/films/{slug}/sources.csl.json", from).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + from + "-sources.csl.json\"")
                .contentType(containsString("charset=UTF-8")).extract();
        byte[] bytes = answer.asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("[ {").contains("\n  \"id\" : \"memoirs\"").contains("Mémoires d'un révolutionnaire");
        JsonNode items = JSON.readTree(bytes);
        List<Source> originals = sources(from);
        assertThat(items).hasSize(originals.size());
        assertThat(items.findValuesAsText("title")).containsAll(originals.stream().map(s -> s.title).toList());
        assertThat(text).doesNotContain("clearance").doesNotContain("rights");

        String copy = FilmCopies.ofSerge("zotero-export-again");
        JsonNode again = JSON.readTree(given().body(bytes).post("/api/films/{slug}/sources/import?format=csl-json", copy)
                .then().log().ifValidationFails().statusCode(200).extract().asByteArray());
        assertThat(again.get("items").findValuesAsText("status")).hasSize(originals.size()).containsOnly("duplicate");

        String empty = emptyFilm("zotero-empty-" + System.nanoTime());
        given().body(bytes).post("/api/films/{slug}/sources/import?format=csl-json&dryRun=false", empty)
                .then().statusCode(201);
        Map<String, Object> back = csl(sources(empty));
        assertThat(back).hasSize(originals.size());
        assertThat(back).isEqualTo(csl(originals));
    }

    @Test
    void theBibTeXExportReadsBackWithTheSameTitlesAuthorsAndYears() throws Exception {
        String from = FilmCopies.ofSerge("zotero-bib");
        var answer = given().get("/films/{slug}/sources.bib", from).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + from + "-sources.bib\"")
                .contentType(containsString("charset=UTF-8")).extract();
        String text = new String(answer.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains("@book{memoirs,").contains("Les Années sans pardon");

        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(text));
        List<Source> originals = sources(from);
        assertThat(database.getEntries()).hasSize(originals.size());
        Map<String, CSLItemData> items = new BibTeXConverter().toItemData(database);
        for (Source source : originals) {
            CSLItemData item = items.get(source.key);
            assertThat(item).as(source.key).isNotNull();
            // citeproc-java's LaTeX printer reads TeX's ' as a closing quote, ’, as TeX typesets it
            assertThat(item.getTitle().replace('’', '\'')).as(source.key).isEqualTo(source.title);
            assertThat(families(item)).as(source.key).isEqualTo(source.names.stream()
                    .filter(n -> n.role.equals(SourceName.AUTHOR)).map(n -> n.literal != null ? n.literal : n.family)
                    .toList());
            String year = item.getIssued() == null ? null : String.valueOf(item.getIssued().getDateParts()[0][0]);
            assertThat(year).as(source.key).isEqualTo(source.issued == null ? null : source.issued.substring(0, 4));
        }
        BibTeXEntry memoirs = database.resolveEntry(new Key("memoirs"));
        assertThat(memoirs.getType()).isEqualTo(BibTeXEntry.TYPE_BOOK);
        assertThat(memoirs.getField(new Key("translator")).toUserString()).isEqualTo("Sedgwick, Peter");
        assertThat(database.resolveEntry(new Key("pravda-1929-roussakov")).getType()).isEqualTo(BibTeXEntry.TYPE_ARTICLE);
        assertThat(database.resolveEntry(new Key("orenburg-manuscripts")).getType())
                .isEqualTo(BibTeXEntry.TYPE_UNPUBLISHED);
    }

    @Test
    void specialCharactersAreEscapedForBibTeXAndAccentsStayUtf8() throws Exception {
        Source odd = new Source();
        odd.key = "odd";
        odd.type = "chapter";
        odd.title = "Profits & losses: 100% {of} $5_000 #1 ~ ^ \\ in Orléans";
        odd.containerTitle = "Études";
        odd.page = "23-31";
        odd.names = List.of(new SourceName(SourceName.AUTHOR, "Kibalčič", "Vlady", null),
                new SourceName(SourceName.AUTHOR, null, null, "Comité Serge"));
        String bib = BibTeXWriter.write(List.of(CslItems.of(odd)));
        assertThat(bib).contains("@incollection{odd,").contains("\\&").contains("100\\%").contains("\\{of\\}")
                .contains("\\$5\\_000").contains("\\#1").contains("Orléans").contains("booktitle = {Études}")
                .contains("pages = {23--31}").contains("{Kibalčič, Vlady and {Comité Serge}}");
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib));
        CSLItemData back = new BibTeXConverter().toItemData(database).get("odd");
        assertThat(back.getTitle()).startsWith("Profits & losses: 100% {of} $5_000 #1").endsWith("in Orléans");
        assertThat(back.getAuthor()[1].getLiteral()).isEqualTo("Comité Serge");
    }

    @Test
    void anUnknownFilmHasNoExports() {
        given().get("/films/no-such-film/sources.csl.json").then().statusCode(404);
        given().get("/films/no-such-film/sources.bib").then().statusCode(404);
    }

    private static List<String> families(CSLItemData item) {
        return item.getAuthor() == null ? List.of() : Arrays.stream(item.getAuthor())
                .map(n -> n.getLiteral() != null ? n.getLiteral() : n.getFamily()).toList();
    }

    private static Map<String, Object> csl(List<Source> sources) {
        return sources.stream().collect(Collectors.toMap(s -> s.key,
                (Function<Source, Object>) s -> CslItems.of(s).toJson(new MapJsonBuilderFactory().createJsonBuilder())));
    }
}
