package witness.research;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the API answers it; names as "Family, Given" or a literal name, as the input takes them. */
public record SourceData(String key, @Schema(example = "book") String type, String title, List<String> authors,
        List<String> editors, List<String> translators, @Schema(example = "1951") String issued, String publisher,
        String publisherPlace, String containerTitle, String volume, String issue, String page, String url,
        String archive, String archiveLocation, String archivePlace, String callNumber, String language, String doi, String isbn, String note, String rightsHolder,
        @Schema(example = "to-clear") String clearance, BigDecimal fee, String currency, String territory, String term,
        boolean lost, long version) {

    static SourceData of(Source s) {
        return new SourceData(s.key, s.type, s.title, names(s, SourceName.AUTHOR), names(s, SourceName.EDITOR),
                names(s, SourceName.TRANSLATOR), s.issued, s.publisher, s.publisherPlace, s.containerTitle, s.volume,
                s.issue, s.page, s.url, s.archive, s.archiveLocation, s.archivePlace, s.callNumber, s.language, s.doi, s.isbn, s.note, s.rightsHolder,
                s.clearance.code(), s.fee, s.currency, s.territory, s.term, s.lost, s.version);
    }

    private static List<String> names(Source source, String role) {
        return source.names.stream().filter(n -> role.equals(n.role)).map(SourceEditor::line).toList();
    }
}
