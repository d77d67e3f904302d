package witness.film;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a writer sends to create or change a shot; choices by their codes, references by keys. */
@Schema(name = "ShotInput", description = "A shot to create or the new state of one (PUT replaces every field).")
public record ShotInput(
        @Schema(description = "Key of the scene; required to create, changes the scene to move the shot") String scene,
        @Schema(description = "1-based place in the scene; empty keeps it (or puts a new shot last)") Integer position,
        @Schema(description = "Key of a new shot; generated when empty, never changed") String key,
        @Schema(required = true, description = "interview, archive-film, archive-photograph, document, location, reconstruction, graphic, caption") String kind,
        @Schema(description = "What we see (VIDEO)") String description,
        @Schema(description = "sync, voice-over, music, wild-track") String audio,
        @Schema(description = "ws, ms, cu, ecu…") String framing,
        @Schema(description = "static, pan, tilt, track…") String movement,
        @Schema(description = "Estimated seconds") Integer seconds,
        @Schema(description = "Key of the location") String location,
        @Schema(description = "Key of the person interviewed or shown") String interviewee,
        @Schema(description = "Key of the source (archive item)") String source,
        @Schema(description = "planned, scheduled, shot, dropped; empty keeps it (new shots: planned)") String status,
        String notes,
        @Schema(description = "The version you read; required to update") Long version) {
}
