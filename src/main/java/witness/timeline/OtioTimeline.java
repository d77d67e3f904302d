package witness.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import witness.interview.FrameRate;

/**
 * A paper edit as an OpenTimelineIO timeline (.otio, JSON), which Resolve, Premiere (through its adapters) and
 * OTIO's own tools read. A Timeline.1 starting at the record start, its tracks a Stack.1 of a video Track.1 (V1)
 * and an audio Track.1 (A1). A bite with picture is a Clip.2 on both, its sync sound on A1; a sound-only bite is a
 * Clip.2 on A1 and a Gap.1 as long on V1, so that the tracks stay in sync. Each clip's source_range is the bite's
 * source in and duration in frames at its rate; its media is an ExternalReference.1 to the rushes file (a file://
 * URL for an absolute path, the name as written otherwise). Each scene start is a Marker.2 on V1, named with the
 * scene's number and title. OTIO is UTF-8: names keep their own script.
 */
public final class OtioTimeline {
    static final String MARKER_COLOR = "GREEN";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OtioTimeline() {
    }

    /** The timeline as OTIO JSON. */
    public static String write(PaperEditTimeline timeline) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(timeline));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(PaperEditTimeline timeline) {
        ObjectNode root = OtioSchema.object("Timeline.1");
        root.set("metadata", OtioSchema.JSON.objectNode());
        root.put("name", timeline.title());
        root.set("global_start_time", OtioSchema.rationalTime(timeline.recordStart().frames(), timeline.rate()));
        ObjectNode stack = OtioSchema.item("Stack.1", "tracks", null);
        OtioSchema.children(stack).add(videoTrack(timeline)).add(audioTrack(timeline));
        root.set("tracks", stack);
        return root;
    }

    private static ObjectNode videoTrack(PaperEditTimeline timeline) {
        ObjectNode track = track("V1", "Video");
        ArrayNode children = OtioSchema.children(track);
        for (TimelineBite bite : timeline.bites()) {
            children.add(bite.picture() ? clip(bite)
                    : OtioSchema.item("Gap.1", "", OtioSchema.timeRange(0, bite.frames(), bite.rate())));
        }
        ArrayNode markers = (ArrayNode) track.get("markers");
        timeline.sceneStarts().forEach(scene -> markers.add(marker(scene, timeline.rate())));
        return track;
    }

    private static ObjectNode audioTrack(PaperEditTimeline timeline) {
        ObjectNode track = track("A1", "Audio");
        ArrayNode children = OtioSchema.children(track);
        timeline.bites().forEach(bite -> children.add(clip(bite)));
        return track;
    }

    private static ObjectNode track(String name, String kind) {
        ObjectNode track = OtioSchema.item("Track.1", name, null);
        track.put("kind", kind);
        return track;
    }

    private static ObjectNode clip(TimelineBite bite) {
        ObjectNode clip = OtioSchema.item("Clip.2", bite.clipName(),
                OtioSchema.timeRange(bite.sourceIn().frames(), bite.frames(), bite.rate()));
        ObjectNode witness = ((ObjectNode) clip.get("metadata")).putObject("witness");
        witness.put("reel", bite.reelName()).put("speaker", bite.speaker()).put("scene_number", bite.sceneNumber())
                .put("scene_title", bite.sceneTitle());
        clip.putObject("media_references").set("DEFAULT_MEDIA", media(bite.rushesFile()));
        clip.put("active_media_reference_key", "DEFAULT_MEDIA");
        return clip;
    }

    private static ObjectNode media(String rushesFile) {
        ObjectNode media = OtioSchema.object("ExternalReference.1");
        media.set("metadata", OtioSchema.JSON.objectNode());
        media.put("name", rushesFile.substring(rushesFile.lastIndexOf('/') + 1));
        media.set("available_range", OtioSchema.JSON.nullNode());
        media.set("available_image_bounds", OtioSchema.JSON.nullNode());
        media.put("target_url", targetUrl(rushesFile));
        return media;
    }

    private static ObjectNode marker(SceneStart scene, FrameRate rate) {
        ObjectNode marker = OtioSchema.object("Marker.2");
        marker.set("metadata", OtioSchema.JSON.objectNode());
        marker.put("name", scene.name());
        marker.put("color", MARKER_COLOR);
        marker.set("marked_range", OtioSchema.timeRange(scene.offset(), 0, rate));
        marker.put("comment", "");
        return marker;
    }

    /** An absolute path as a file:// URL (spaces and all escaped); a URL, a bare name or a relative path as given. */
    static String targetUrl(String rushesFile) {
        if (!rushesFile.startsWith("/")) {
            return rushesFile;
        }
        try {
            return new URI("file", "", rushesFile, null).toASCIIString();
        } catch (URISyntaxException e) {
            return rushesFile;
        }
    }
}
