package witness.source;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import witness.web.Code;
import witness.web.VersionRead;

/**
 * A source as a writer sends it: CSL fields, then what production needs. Bound from the source forms, read from the
 * API's JSON, and answered by the API; names as "Family, Given" or a literal name.
 */
@Schema(name = "Source", description = "A source: as the API answers it, and as it is sent to create or change it")
@JsonPropertyOrder({ "key", "type", "title", "authors", "editors", "translators", "issued", "publisher",
        "publisherPlace", "containerTitle", "volume", "issue", "page", "url", "archive", "archiveLocation",
        "archivePlace", "callNumber", "language", "doi", "isbn", "note", "rightsHolder", "clearance", "fee",
        "currency", "territory", "term", "lost", "version" })
public class SourceInput {
    @RestForm
    @Schema(description = "Unique in the film; made from the title when absent on create", example = "memoirs")
    public String key;
    @RestForm @Schema(description = "CSL item type", example = "book") public String type;
    @RestForm @Schema(example = "Memoirs of a Revolutionary") public String title;
    @RestForm
    @Schema(description = "One name each: \"Family, Given\" or a literal name", example = "[\"Serge, Victor\"]")
    public List<String> authors;
    @RestForm public List<String> editors;
    @RestForm public List<String> translators;
    @RestForm @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", example = "1951") public String issued;
    @RestForm public String publisher;
    @RestForm public String publisherPlace;
    @RestForm public String containerTitle;
    @RestForm public String volume;
    @RestForm public String issue;
    @RestForm public String page;
    @RestForm public String url;
    @RestForm public String archive;
    @RestForm public String archiveLocation;
    @RestForm @Schema(description = "The archive's city", example = "New Haven") public String archivePlace;
    @RestForm public String callNumber;
    @RestForm public String language;
    @RestForm public String doi;
    @RestForm public String isbn;
    @RestForm public String note;
    @RestForm public String rightsHolder;
    @RestForm
    @Code(ClearanceStatus.class)
    @Schema(description = "not-needed, to-clear, requested, cleared or refused", example = "to-clear")
    public String clearance;
    /** As the form writes it; JSON sends a number. */
    @RestForm @JsonIgnore public String fee;
    @RestForm @Schema(description = "Three-letter code", example = "GBP") public String currency;
    @RestForm public String territory;
    @RestForm public String term;
    /** As the form's checkbox sends it ("true" or "on" when ticked); JSON sends true or false. */
    @RestForm @JsonIgnore public String lost;
    @RestForm
    @Schema(description = "The version read; required on update", implementation = Long.class)
    public VersionRead version;

    /** The source as stored, with its version. */
    public static SourceInput of(Source s) {
        SourceInput input = new SourceInput();
        input.key = s.key;
        input.type = s.type;
        input.title = s.title;
        input.authors = names(s, SourceName.AUTHOR);
        input.editors = names(s, SourceName.EDITOR);
        input.translators = names(s, SourceName.TRANSLATOR);
        input.issued = s.issued;
        input.publisher = s.publisher;
        input.publisherPlace = s.publisherPlace;
        input.containerTitle = s.containerTitle;
        input.volume = s.volume;
        input.issue = s.issue;
        input.page = s.page;
        input.url = s.url;
        input.archive = s.archive;
        input.archiveLocation = s.archiveLocation;
        input.archivePlace = s.archivePlace;
        input.callNumber = s.callNumber;
        input.language = s.language;
        input.doi = s.doi;
        input.isbn = s.isbn;
        input.note = s.note;
        input.rightsHolder = s.rightsHolder;
        input.clearance = s.clearance.code();
        input.fee(s.fee);
        input.currency = s.currency;
        input.territory = s.territory;
        input.term = s.term;
        input.lost(s.lost);
        input.version = VersionRead.of(s.version);
        return input;
    }

    /** A new source's form: a book, nothing to clear. */
    public static SourceInput blank() {
        SourceInput input = new SourceInput();
        input.type = "book";
        input.clearance = ClearanceStatus.NOT_NEEDED.code();
        return input;
    }

    @JsonProperty("fee")
    @Schema(description = "0 or more, at most 2 decimals", example = "250.00")
    public BigDecimal fee() {
        try {
            return fee == null || fee.isBlank() ? null : new BigDecimal(fee.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @JsonProperty("fee")
    void fee(BigDecimal amount) {
        fee = amount == null ? null : amount.toPlainString();
    }

    @JsonProperty("lost")
    public boolean lost() {
        return lost != null && (lost.equals("true") || lost.equals("on"));
    }

    @JsonProperty("lost")
    void lost(Boolean value) {
        lost = Boolean.TRUE.equals(value) ? "true" : null;
    }

    /** The source's names in a role, one "Family, Given" (or literal name) each. */
    private static List<String> names(Source source, String role) {
        return source.names.stream().filter(n -> role.equals(n.role)).map(SourceName::line).toList();
    }
}
