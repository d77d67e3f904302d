package witness.film;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import witness.web.Code;
import witness.web.CopiedInput;
import witness.web.Duration;
import witness.web.Durations;
import witness.web.Labelled;
import witness.web.VersionRead;

/**
 * A scene as a writer sends it: bound from the structure page's and the scene page's forms, read from the API's
 * JSON, and answered by the API; and as its sequence's dossier file holds it, with the keys of the events and
 * testimonies it tells, its citations and its shots.
 */
@Schema(name = "Scene", description = "A scene: as the API answers it, and as it is sent to create or change it"
        + " (PUT replaces every field).")
@JsonPropertyOrder({ "key", "number", "omitted", "sequence", "position", "title", "purpose", "setting", "era",
        "narration", "estimatedSeconds", "status", "events", "testimonies", "citations", "shots", "version" })
public class SceneInput implements CopiedInput<Scene> {
    @FiledKey(groups = Filed.class)
    @Schema(description = "Key of a new scene; derived from the title when empty, never changed") public String key;
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(description = "Its number in the film as printed, e.g. 2.3, or 2.3A for a scene added after 2.3 while"
            + " the numbers are locked", readOnly = true) public String number;
    @JsonProperty(access = JsonProperty.Access.READ_ONLY) @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = OmittedNumber.MEANS, readOnly = true) public Boolean omitted;
    @RestForm
    @Null(groups = Filed.class, message = "is not part of a dossier: a scene is in its sequence's file")
    @Schema(description = "Key of the sequence; required to create, changes the sequence to move the scene")
    public String sequence;
    @Min(value = 1, message = "must be 1 or more")
    @Null(groups = Filed.class, message = "is not part of a dossier: a scene's place is its place in the file")
    @Schema(description = "1-based place in the sequence; empty keeps it (or puts a new scene last)")
    public Integer position;
    @RestForm @Schema(required = true) public String title;
    @RestForm @Schema(description = "What the audience learns") public String purpose;
    @RestForm @Schema(description = "Where it is set") public String setting;
    @RestForm @Schema(description = "When it is set, e.g. 1933–1936") public String era;
    @RestForm @Schema(description = "Narration / voice-over") public String narration;
    /** As the form writes it, seconds or minutes:seconds; JSON sends seconds. */
    @RestForm @JsonIgnore @Duration public String estimatedSeconds;
    @RestForm
    @Code(SceneStatus.class)
    @Schema(description = "draft, researched, approved; empty keeps it (new scenes: draft)") public String status;
    /** In a dossier file: the keys of the chronology events it covers. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(hidden = true) public List<String> events;
    /** In a dossier file: the keys of the testimonies it uses, in order. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(hidden = true) public List<String> testimonies;
    /** In a dossier file: its citations, in order. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(hidden = true)
    public List<@Valid @NotNull CitationInput> citations;
    /** In a dossier file: its shots, in order. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(hidden = true)
    public List<@Valid @NotNull ShotInput> shots;
    @RestForm
    @Null(groups = Filed.class, message = "is not part of a dossier")
    @Schema(description = "The version you read; required to update", implementation = Long.class)
    public VersionRead version;

    /** The scene as stored, with its number and version. */
    static SceneInput of(Scene scene) {
        SceneInput input = new SceneInput();
        input.key = scene.key;
        input.number = scene.number();
        input.omitted = false;
        input.sequence = scene.sequence.key;
        input.position = scene.position;
        input.title = scene.title;
        input.purpose = scene.purpose;
        input.setting = scene.setting;
        input.era = scene.era;
        input.narration = scene.narration;
        input.estimatedSeconds = Durations.format(scene.estimatedSeconds);
        input.status = scene.status.code();
        input.version = VersionRead.of(scene.version);
        return input;
    }

    /**
     * The scene's own fields as a dossier file holds them, with the keys of its events (sorted) and testimonies (its
     * citations and shots are the exporter's to add).
     */
    public static SceneInput filed(Scene scene) {
        SceneInput input = of(scene);
        input.number = null;
        input.omitted = null;
        input.sequence = null;
        input.position = null;
        input.version = null;
        input.estimatedSeconds(scene.estimatedSeconds);
        input.events = scene.events.stream().map(e -> e.key).sorted().toList();
        input.testimonies = scene.testimonies.stream().map(t -> t.key).toList();
        return input;
    }

    /** Copies the scene's own fields (not its key, sequence or place) onto a scene; an empty status keeps it. */
    @Override
    public void copyTo(Scene scene, UnaryOperator<String> text) {
        scene.title = text.apply(title);
        scene.purpose = text.apply(purpose);
        scene.setting = text.apply(setting);
        scene.era = text.apply(era);
        scene.narration = text.apply(narration);
        scene.estimatedSeconds = estimatedSeconds();
        SceneStatus moved = Labelled.of(SceneStatus.class, status);
        scene.status = moved != null ? moved : scene.status;
    }

    @JsonProperty("estimatedSeconds")
    @Schema(description = "Estimated running time in seconds")
    public Integer estimatedSeconds() {
        return Duration.Check.seconds(estimatedSeconds);
    }

    @JsonProperty("estimatedSeconds")
    void estimatedSeconds(Integer seconds) {
        estimatedSeconds = seconds == null ? null : seconds.toString();
    }
}
