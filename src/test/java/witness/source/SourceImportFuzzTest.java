package witness.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static witness.testing.Fuzzing.readsOrRefuses;
import static witness.testing.Fuzzing.validator;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void macrosThatDoubleAreRefusedBeforeTheyExpand() {
        refusedWith(ZoteroFormat.BIBTEX, HostileFiles.doublingMacros(39), "expands to more than 100,000 characters");
    }

    @Test
    void macrosThatAddUpAcrossEntriesAreRefused() {
        refusedWith(ZoteroFormat.BIBTEX, HostileFiles.manyEntriesOfOneLargeMacro(), "characters in all");
    }

    @Test
    void aMacroThatNamesItselfIsReadOrRefused() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> previewedOrRefused(ZoteroFormat.BIBTEX,
                "@string{q = q # q}\n@string{q = q # q}\n@book{a, title = q}\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void manyPartsJoinedByHashAreRefused() {
        refusedWith(ZoteroFormat.BIBTEX, HostileFiles.longJoin(20_000), "joins more than 100 parts with # at line 2");
    }

    @Test
    void bracesNestedDeepAreRefusedNamingTheLine() {
        refusedWith(ZoteroFormat.BIBTEX, HostileFiles.deepBraces(200_000), "nested more than 64 deep at line 2");
    }

    @Test
    void aCrossrefLoopIsRefused() {
        refusedWith(ZoteroFormat.BIBTEX, HostileFiles.crossrefLoop(), "crossref leads back to {a} in a loop");
    }

    @Test
    void aLongCrossrefChainIsRefused() {
        refusedWith(ZoteroFormat.BIBTEX, HostileFiles.crossrefChain(50), "crossref chain is longer than 8");
    }

    @Test
    void cslJsonNestedDeepIsRefused() {
        refusedWith(ZoteroFormat.CSL_JSON, "[".repeat(200_000), "nesting depth");
    }

    @Test
    void moreItemsThanTheLimitAreRefusedInEveryFormat() {
        int n = SourceImportParser.MAX_ITEMS + 1;
        String said = "holds 2,001 items: at most 2,000 can be imported at once";
        refusedWith(ZoteroFormat.CSL_JSON, HostileFiles.cslItems(n), said);
        refusedWith(ZoteroFormat.BIBTEX, HostileFiles.bibtexEntries(n), said);
        refusedWith(ZoteroFormat.RIS, HostileFiles.risReferences(n), said);
        assertThat(SourceImportParser.parse(ZoteroFormat.CSL_JSON, HostileFiles.cslItems(n - 1))).hasSize(n - 1);
    }

    private static void refusedWith(ZoteroFormat format, String file, String reason) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            previewedOrRefused(format, file.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> SourceImportParser.parse(format, file)).isInstanceOf(SourceImportRefused.class)
                    .hasMessageContaining(reason);
        });
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
