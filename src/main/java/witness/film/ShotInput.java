package witness.film;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Null;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.core.FiledKey;
import witness.web.Code;
import witness.web.CopiedInput;
import witness.web.Duration;
import witness.web.Durations;
import witness.web.Labelled;
import witness.web.VersionRead;

/**
 * A shot as a writer sends it: bound from the shot list's editor, read from the API's JSON, and answered by the API;
 * and as its scene in a dossier file holds it (where the person shown is {@code person}). Choices by their codes,
 * references by keys.
 */
@Schema(name = "Shot", description = "A shot: as the API answers it, and as it is sent to create or change it (PUT"
        + " replaces every field).")
@JsonPropertyOrder({ "key", "number", "omitted", "sequence", "scene", "position", "kind", "description", "audio", "framing",
        "movement", "seconds", "location", "interviewee", "source", "status", "notes", "version" })
public class ShotInput implements CopiedInput<Shot> {
    @FiledKey(groups = Filed.class)
    @Schema(description = "Key of a new shot; generated when empty, never changed") public String key;
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(description = "Its number in the film as printed, e.g. 2.3.4, or 2.3.4A for a shot added after 2.3.4"
            + " while the numbers are locked", readOnly = true) public String number;
    @JsonProperty(access = JsonProperty.Access.READ_ONLY) @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = OmittedNumber.MEANS, readOnly = true) public Boolean omitted;
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(description = "Key of its sequence", readOnly = true) public String sequence;
    @RestForm
    @Null(groups = Filed.class, message = "is not part of a dossier: a shot is in its scene")
    @Schema(description = "Key of the scene; required to create, changes the scene to move the shot")
    public String scene;
    @Min(value = 1, message = "must be 1 or more")
    @Null(groups = Filed.class, message = "is not part of a dossier: a shot's place is its place in the scene")
    @Schema(description = "1-based place in the scene; empty keeps it (or puts a new shot last)")
    public Integer position;
    @RestForm
    @Code(ShotKind.class)
    @Schema(required = true, description = "interview, archive-film, archive-photograph, document, location,"
            + " reconstruction, graphic, caption")
    public String kind;
    @RestForm @Schema(description = "What we see (VIDEO)") public String description;
    @RestForm @Code(ShotAudio.class) @Schema(description = "sync, voice-over, music, wild-track") public String audio;
    @RestForm @Code(Framing.class) @Schema(description = "ws, ms, cu, ecu…") public String framing;
    @RestForm @Code(CameraMovement.class) @Schema(description = "static, pan, tilt, track…") public String movement;
    /** As the form writes it, seconds or minutes:seconds; JSON sends seconds. */
    @RestForm @JsonIgnore @Duration public String seconds;
    @RestForm @Schema(description = "Key of the location") public String location;
    @RestForm @Schema(description = "Key of the person interviewed or shown") public String interviewee;
    @RestForm @Schema(description = "Key of the source (archive item)") public String source;
    @RestForm
    @Code(ShotStatus.class)
    @Schema(description = "planned, scheduled, shot, dropped; empty keeps it (new shots: planned)")
    public String status;
    @RestForm public String notes;
    @RestForm
    @Null(groups = Filed.class, message = "is not part of a dossier")
    @Schema(description = "The version you read; required to update", implementation = Long.class)
    public VersionRead version;

    /** A new shot's form in a scene: a location shot, planned. */
    static ShotInput blank(String scene) {
        ShotInput input = new ShotInput();
        input.scene = scene;
        input.kind = ShotKind.LOCATION.code();
        input.status = ShotStatus.PLANNED.code();
        return input;
    }

    /** The shot as stored, with its number and version. */
    static ShotInput of(Shot shot) {
        ShotInput input = filed(shot);
        input.number = shot.number();
        input.omitted = false;
        input.sequence = shot.scene.sequence.key;
        input.scene = shot.scene.key;
        input.position = shot.position;
        input.version = VersionRead.of(shot.version);
        return input;
    }

    /** The shot's own fields as its scene in a dossier file holds them. */
    public static ShotInput filed(Shot shot) {
        ShotInput input = new ShotInput();
        input.key = shot.key;
        input.kind = code(shot.kind);
        input.description = shot.description;
        input.audio = code(shot.audio);
        input.framing = code(shot.framing);
        input.movement = code(shot.movement);
        input.seconds(shot.seconds);
        input.location = shot.location == null ? null : shot.location.key;
        input.interviewee = shot.person == null ? null : shot.person.key;
        input.source = shot.source == null ? null : shot.source.key;
        input.status = code(shot.status);
        input.notes = shot.notes;
        return input;
    }

    /**
     * Copies the shot's own fields onto a shot, not its key, scene, place or references (the editor finds those in
     * the film): an empty status keeps it.
     */
    @Override
    public void copyTo(Shot shot, UnaryOperator<String> text) {
        shot.kind = Labelled.of(ShotKind.class, kind);
        shot.description = text.apply(description);
        shot.audio = Labelled.of(ShotAudio.class, audio);
        shot.framing = Labelled.of(Framing.class, framing);
        shot.movement = Labelled.of(CameraMovement.class, movement);
        shot.seconds = seconds();
        ShotStatus moved = Labelled.of(ShotStatus.class, status);
        shot.status = moved != null ? moved : shot.status;
        shot.notes = text.apply(notes);
    }

    /** The running time as the form shows it: 1:30. */
    String secondsShown() {
        Integer parsed = seconds();
        return parsed == null ? (seconds == null ? "" : seconds) : Durations.format(parsed);
    }

    @JsonProperty("seconds")
    @Schema(description = "Estimated seconds")
    public Integer seconds() {
        return Duration.Check.seconds(seconds);
    }

    @JsonProperty("seconds")
    void seconds(Integer value) {
        seconds = value == null ? null : value.toString();
    }

    static String code(Labelled value) {
        return value == null ? null : value.code();
    }
}
