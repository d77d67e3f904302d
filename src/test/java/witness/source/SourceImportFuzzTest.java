package witness.source;

import static org.assertj.core.api.Assertions.assertThat;
import static witness.testing.Fuzzing.readsOrRefuses;
import static witness.testing.Fuzzing.validator;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any bytes imported from Zotero as CSL JSON, BibTeX or RIS become sources to preview or are refused
 * with a message naming the item or line, never anything else; the bytes are read as UTF-8 as the API
 * and the page read them. The film already has one source, so duplicates are checked too.
 * Inputs: src/test/resources/witness/research/SourceImportFuzzTestInputs/{method}.
 */
class SourceImportFuzzTest {
    private static final List<Source> EXISTING = List.of(memoirs());

    @FuzzTest(maxDuration = "2m")
    void anyCslJsonIsPreviewedOrRefused(byte[] file) {
        previewedOrRefused(ZoteroFormat.CSL_JSON, file);
    }

    @FuzzTest(maxDuration = "2m")
    void anyBibtexIsPreviewedOrRefused(byte[] file) {
        previewedOrRefused(ZoteroFormat.BIBTEX, file);
    }

    @FuzzTest(maxDuration = "2m")
    void anyRisIsPreviewedOrRefused(byte[] file) {
        previewedOrRefused(ZoteroFormat.RIS, file);
    }

    private static void previewedOrRefused(ZoteroFormat format, byte[] file) {
        readsOrRefuses(SourceImportRefused.class, e -> List.of(e.getMessage()), () -> {
            String text = SourceImportParser.text(file, "The file");
            ZoteroFormat.detect(null, text);
            List<SourceImporter.Row> rows = SourceImporter.rows(SourceImportParser.parse(format, text), EXISTING,
                    validator());
            assertThat(rows).isNotEmpty().allSatisfy(row -> {
                assertThat(row.source().title).isNotBlank();
                assertThat(row.source().type).isNotBlank();
            });
        });
    }

    private static Source memoirs() {
        Source s = new Source();
        s.key = "memoirs";
        s.type = "book";
        s.title = "Memoirs of a Revolutionary";
        s.issued = "1951";
        s.isbn = "9781590170373";
        return s;
    }
}
