package witness.film;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a writer sends to create or change a sequence. */
@Schema(name = "SequenceInput", description = "A sequence to create or the new state of one (PUT replaces every field).")
public record SequenceInput(
        @Schema(description = "Key of a new sequence; derived from the title when empty, never changed") String key,
        @Schema(description = "1-based place in the film; empty keeps it (or puts a new sequence last)") Integer position,
        @Schema(required = true) String title,
        @Schema(description = "The years it covers, e.g. 1933–1936") String period,
        @Schema(description = "Markdown") String synopsis,
        @Schema(description = "The version you read; required to update") Long version) {
}
