package witness.film;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.core.FiledKey;
import witness.web.CopiedInput;
import witness.web.VersionRead;

/**
 * A sequence as a writer sends it: bound from the structure page's sequence forms, read from the API's JSON, and
 * answered by the API; and as the dossier's sequences/*.yaml holds it, with its scenes.
 */
@Schema(name = "Sequence", description = "A sequence: as the API answers it, and as it is sent to create or change it"
        + " (PUT replaces every field).")
@JsonPropertyOrder({ "key", "position", "title", "period", "synopsis", "scenes", "version" })
public class SequenceInput implements CopiedInput<Sequence> {
    @FiledKey(groups = Filed.class)
    @Schema(description = "Key of a new sequence; derived from the title when empty, never changed") public String key;
    @Min(value = 1, message = "must be 1 or more")
    @Null(groups = Filed.class, message = "is not part of a dossier: the file's number is the sequence's place")
    @Schema(description = "1-based place in the film; empty keeps it (or puts a new sequence last)")
    public Integer position;
    @RestForm @Schema(required = true) public String title;
    @RestForm @Schema(description = "The years it covers, e.g. 1933–1936") public String period;
    @RestForm @Schema(description = "Markdown") public String synopsis;
    /** In a dossier file: its scenes, in order. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(hidden = true)
    public List<@Valid @NotNull SceneInput> scenes;
    @RestForm
    @Null(groups = Filed.class, message = "is not part of a dossier")
    @Schema(description = "The version you read; required to update", implementation = Long.class)
    public VersionRead version;

    /** The sequence as stored, with its version. */
    static SequenceInput of(Sequence sequence) {
        SequenceInput input = filed(sequence);
        input.position = sequence.position;
        input.version = VersionRead.of(sequence.version);
        return input;
    }

    /** The sequence's own fields as a dossier file holds them (its scenes are the exporter's to add). */
    public static SequenceInput filed(Sequence sequence) {
        SequenceInput input = new SequenceInput();
        input.key = sequence.key;
        input.title = sequence.title;
        input.period = sequence.period;
        input.synopsis = sequence.synopsis;
        return input;
    }

    /** Copies the sequence's own fields (not its key or place) onto a sequence. */
    @Override
    public void copyTo(Sequence sequence, UnaryOperator<String> text) {
        sequence.title = text.apply(title);
        sequence.period = text.apply(period);
        sequence.synopsis = text.apply(synopsis);
    }
}
