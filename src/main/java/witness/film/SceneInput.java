package witness.film;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a writer sends to create or change a scene. */
@Schema(name = "SceneInput", description = "A scene to create or the new state of one (PUT replaces every field).")
public record SceneInput(
        @Schema(description = "Key of the sequence; required to create, changes the sequence to move the scene") String sequence,
        @Schema(description = "1-based place in the sequence; empty keeps it (or puts a new scene last)") Integer position,
        @Schema(description = "Key of a new scene; derived from the title when empty, never changed") String key,
        @Schema(required = true) String title,
        @Schema(description = "What the audience learns") String purpose,
        @Schema(description = "Where it is set") String setting,
        @Schema(description = "When it is set, e.g. 1933–1936") String era,
        @Schema(description = "Narration / voice-over") String narration,
        @Schema(description = "Estimated running time in seconds") Integer estimatedSeconds,
        @Schema(description = "draft, researched, approved; empty keeps it (new scenes: draft)") String status,
        @Schema(description = "The version you read; required to update") Long version) {
}
