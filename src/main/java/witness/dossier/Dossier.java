package witness.dossier;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import witness.chronology.EventInput;
import witness.chronology.PartialDate;
import witness.core.Film;
import witness.core.Illustrative;
import witness.film.SequenceInput;
import witness.film.VerificationStatus;
import witness.interview.InterviewInput;
import witness.interview.TestimonyInput;
import witness.location.LocationInput;
import witness.person.PersonInput;
import witness.research.LogEntryInput;
import witness.schedule.ScheduleInput;
import witness.source.ClearanceStatus;
import witness.web.Code;

/**
 * A film's research dossier as its files hold it (see research/README.md): each kind of item as
 * its one input (the class its forms and the API send), but the film itself and sources (CSL-JSON),
 * which have a record here named as the files name their fields. {@code lines} maps each file to where its
 * fields are, so that errors can name the line.
 */
public record Dossier(
        FilmData film,
        List<PersonInput> people,
        List<EventInput> chronology,
        List<SourceData> sources,
        List<TestimonyInput> testimonies,
        List<InterviewInput> interviews,
        List<LocationInput> locations,
        List<SequenceInput> sequences,
        List<LogEntryInput> researchLog,
        List<ScheduleInput> schedules,
        Map<String, LineIndex> lines) {

    static final String KEY = Film.SLUG;

    public record FilmData(
            @NotBlank @Pattern(regexp = KEY) String slug,
            @NotBlank String title,
            String broadcaster,
            String logline,
            String synopsis,
            @Positive Integer targetMinutes,
            List<@Code(Illustrative.class) String> illustrative,
            @Size(max = 200) String productionCompany,
            @Size(max = 200) String producer,
            @Size(max = 200) String director,
            @Size(max = 200) String writer,
            @Size(max = 2000) String contacts) {
    }

    @JsonPropertyOrder({"id", "type", "title", "author", "editor", "translator", "issued", "publisher",
            "publisher-place", "container-title", "volume", "issue", "page", "URL", "archive", "archive_location",
            "archive-place", "call-number",
            "language", "DOI", "ISBN", "note", "custom"})
    public record SourceData(
            @NotBlank @Pattern(regexp = KEY) String id,
            @NotBlank String type,
            @NotBlank String title,
            List<NameData> author,
            List<NameData> editor,
            List<NameData> translator,
            @Valid DateData issued,
            String publisher,
            @JsonProperty("publisher-place") String publisherPlace,
            @JsonProperty("container-title") String containerTitle,
            String volume,
            String issue,
            String page,
            @JsonProperty("URL") String url,
            String archive,
            @JsonProperty("archive_location") String archiveLocation,
            @JsonProperty("archive-place") String archivePlace,
            @JsonProperty("call-number") String callNumber,
            String language,
            @JsonProperty("DOI") String doi,
            @JsonProperty("ISBN") String isbn,
            String note,
            @Valid ProductionData custom) {
    }

    public record NameData(String family, String given, String literal) {
    }

    public record DateData(
            @JsonProperty("date-parts") @NotNull List<List<@NotNull Integer>> dateParts) {
    }

    public record ProductionData(
            ClearanceStatus clearance,
            @JsonProperty("rights-holder") String rightsHolder,
            @DecimalMin("0") BigDecimal fee,
            @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter currency code such as GBP") String currency,
            String territory,
            String term,
            Boolean lost) {
    }
}
