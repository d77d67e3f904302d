package witness.interview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Null;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.core.FiledKey;
import witness.web.CopiedInput;
import witness.web.Labelled;
import witness.web.VersionRead;

/** A clip as a writer sends it (the API's JSON) and as the API answers it. */
@Schema(name = "Clip", description = "Rushes of an interview: reel, file, start timecode, frame rate, length, picture")
@JsonPropertyOrder({ "key", "interview", "reel", "fileName", "start", "rate", "duration", "picture", "proxy", "version" })
public class ClipInput implements CopiedInput<Clip> {
    @FiledKey(groups = Filed.class)
    @Schema(description = "Key of a new clip; made from the reel when empty, never changed", example = "vlady-a001")
    public String key;
    @Null(groups = Filed.class, message = "is not part of a dossier: a clip is in its interview")
    @Schema(description = "The interview's key (answered; the address names it)", readOnly = true) public String interview;
    @Schema(required = true, description = "The reel or tape name as the team writes it", example = "A001_C003")
    @RestForm public String reel;
    @RestForm
    @Schema(description = "The rushes file's name or path", example = "A001_C003_0614XY.mov") public String fileName;
    @Schema(required = true, description = "Where its timecode starts, HH:MM:SS:FF (HH:MM:SS;FF in drop-frame)",
            example = "14:02:10:00")
    @RestForm public String start;
    @Schema(required = true, description = "23.976, 24, 25, 29.97df (drop-frame), 29.97 (non-drop) or 30")
    @RestForm public String rate;
    @RestForm
    @Schema(description = "Its length as a timecode duration, when known", example = "00:42:17:08") public String duration;
    @RestForm
    @Schema(description = "Whether it has picture; false for sound only (default true)") public Boolean picture;
    @Null(groups = Filed.class, message = "is not part of a dossier: a proxy is uploaded to its clip")
    @Schema(description = "The clip's proxy, when one is attached (answered; PUT the file to proxy to attach one)",
            readOnly = true)
    public Proxy proxy;
    @Null(groups = Filed.class, message = "is not part of a dossier")
    @Schema(description = "The version you read; required to update", implementation = Long.class)
    public VersionRead version;

    /** A clip's proxy as the API answers it: the file's name, type and size, and where to fetch it. */
    public record Proxy(String fileName, String contentType, long size, String address) {
        static Proxy of(ClipProxy proxy) {
            Clip clip = proxy.clip;
            return new Proxy(proxy.fileName, proxy.contentType, proxy.fileSize, "/api/films/" + clip.film.slug
                    + "/interviews/" + clip.interview.key + "/clips/" + clip.key + "/proxy");
        }
    }

    /** The clip as an interview's dossier file holds it: without its interview (the file says), proxy or version. */
    static ClipInput filed(Clip clip) {
        ClipInput input = fields(clip);
        input.interview = null;
        input.version = null;
        return input;
    }

    /** The clip as the API answers it, with its proxy. */
    static ClipInput of(Clip clip) {
        ClipInput input = fields(clip);
        input.proxy = ClipProxy.of(clip).map(Proxy::of).orElse(null);
        return input;
    }

    private static ClipInput fields(Clip clip) {
        ClipInput input = new ClipInput();
        input.key = clip.key;
        input.interview = clip.interview.key;
        input.reel = clip.reel;
        input.fileName = clip.fileName;
        input.start = clip.start;
        input.rate = clip.rate.code();
        input.duration = clip.duration;
        input.picture = clip.picture;
        input.version = VersionRead.of(clip.version);
        return input;
    }

    /** The frame rate this names, or null for none of ours. */
    public FrameRate frameRate() {
        return Labelled.of(FrameRate.class, rate == null ? null : rate.strip());
    }

    /** Copies what is written; the rate is the editor's to read ({@link ClipEditor}), since it checks the timecodes. */
    @Override
    public void copyTo(Clip clip, UnaryOperator<String> text) {
        clip.reel = text.apply(reel);
        clip.fileName = text.apply(fileName);
        clip.start = text.apply(start);
        clip.duration = text.apply(duration);
        clip.picture = picture == null || picture;
    }
}
