package witness.research;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a writer sends to create or change a source: CSL fields, then what production needs. */
public record SourceInput(
        @Schema(description = "Unique in the film; made from the title when absent on create", example = "memoirs") String key,
        @Schema(description = "CSL item type", example = "book") String type,
        @Schema(example = "Memoirs of a Revolutionary") String title,
        @Schema(description = "One name each: \"Family, Given\" or a literal name", example = "[\"Serge, Victor\"]") List<String> authors,
        List<String> editors,
        List<String> translators,
        @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", example = "1951") String issued,
        String publisher,
        String publisherPlace,
        String containerTitle,
        String volume,
        String issue,
        String page,
        String url,
        String archive,
        String archiveLocation,
        @Schema(description = "The archive's city", example = "New Haven") String archivePlace,
        String callNumber,
        String language,
        String doi,
        String isbn,
        String note,
        String rightsHolder,
        @Schema(description = "not-needed, to-clear, requested, cleared or refused", example = "to-clear") String clearance,
        @Schema(description = "0 or more, at most 2 decimals", example = "250.00") BigDecimal fee,
        @Schema(description = "Three-letter code", example = "GBP") String currency,
        String territory,
        String term,
        Boolean lost,
        @Schema(description = "The version read; required on update") Long version) {
}
