package witness.film;

import static witness.web.Texts.blankToNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import witness.web.VersionRead;

/**
 * A sequence as a writer sends it: bound from the structure page's sequence forms, read from the API's JSON, and
 * answered by the API.
 */
@Schema(name = "Sequence", description = "A sequence: as the API answers it, and as it is sent to create or change it"
        + " (PUT replaces every field).")
@JsonPropertyOrder({ "key", "position", "title", "period", "synopsis", "version" })
public class SequenceInput {
    @Schema(description = "Key of a new sequence; derived from the title when empty, never changed")
    public String key;
    @Min(value = 1, message = "must be 1 or more")
    @Schema(description = "1-based place in the film; empty keeps it (or puts a new sequence last)")
    public Integer position;
    @RestForm
    @Schema(required = true)
    public String title;
    @RestForm
    @Schema(description = "The years it covers, e.g. 1933–1936")
    public String period;
    @RestForm
    @Schema(description = "Markdown")
    public String synopsis;
    @RestForm
    @Schema(description = "The version you read; required to update", implementation = Long.class)
    public VersionRead version;

    /** The sequence as stored, with its version. */
    static SequenceInput of(Sequence sequence) {
        SequenceInput input = new SequenceInput();
        input.key = sequence.key;
        input.position = sequence.position;
        input.title = sequence.title;
        input.period = sequence.period;
        input.synopsis = sequence.synopsis;
        input.version = VersionRead.of(sequence.version);
        return input;
    }

    /** Copies the sequence's own fields (not its key or place) onto a sequence. */
    void applyTo(Sequence sequence) {
        sequence.title = blankToNull(title);
        sequence.period = blankToNull(period);
        sequence.synopsis = blankToNull(synopsis);
    }
}
