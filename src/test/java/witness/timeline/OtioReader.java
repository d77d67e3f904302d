package witness.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an OpenTimelineIO JSON timeline as the OTIO schema defines it, with Jackson's tree model and independently
 * of the writer: a Timeline.1 whose tracks are a Stack.1 of Track.1 (kind Video or Audio); in a track, Clip.1 or
 * Clip.2 (the media in media_reference, or in media_references under active_media_reference_key) and Gap.1, each as
 * long as its source_range; markers with their marked_range. Times are RationalTime.1, a value at a rate.
 */
final class OtioReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Time(double value, double rate) {
    }

    record Item(String schema, String name, Time start, Time duration, String targetUrl) {
    }

    record Marker(String name, String color, Time start, Time duration) {
    }

    record Track(String name, String kind, List<Item> items, List<Marker> markers) {

        /** The frames the track lasts: the sum of its items' durations. */
        double frames() {
            return items.stream().mapToDouble(i -> i.duration().value()).sum();
        }
    }

    record Timeline(String name, Time globalStart, List<Track> tracks) {

        Track track(String kind) {
            return tracks.stream().filter(t -> t.kind().equals(kind)).findFirst().orElseThrow();
        }
    }

    private OtioReader() {
    }

    static Timeline read(String json) throws Exception {
        JsonNode root = MAPPER.readTree(json);
        expect(root, "Timeline.");
        JsonNode stack = root.get("tracks");
        expect(stack, "Stack.");
        List<Track> tracks = new ArrayList<>();
        for (JsonNode track : stack.get("children")) {
            tracks.add(track(track));
        }
        return new Timeline(root.get("name").asText(), time(root.get("global_start_time")), tracks);
    }

    private static Track track(JsonNode track) {
        expect(track, "Track.");
        List<Item> items = new ArrayList<>();
        for (JsonNode child : track.get("children")) {
            items.add(item(child));
        }
        List<Marker> markers = new ArrayList<>();
        for (JsonNode marker : track.get("markers")) {
            expect(marker, "Marker.");
            JsonNode range = marker.get("marked_range");
            markers.add(new Marker(marker.get("name").asText(), marker.get("color").asText(),
                    time(range.get("start_time")), time(range.get("duration"))));
        }
        return new Track(track.get("name").asText(), track.get("kind").asText(), items, markers);
    }

    private static Item item(JsonNode item) {
        String schema = item.get("OTIO_SCHEMA").asText();
        JsonNode range = item.get("source_range");
        return new Item(schema, item.get("name").asText(), time(range.get("start_time")), time(range.get("duration")),
                schema.startsWith("Clip.") ? media(item).get("target_url").asText() : null);
    }

    private static JsonNode media(JsonNode clip) {
        if (clip.has("media_references")) {
            return clip.get("media_references").get(clip.get("active_media_reference_key").asText());
        }
        return clip.get("media_reference");
    }

    private static Time time(JsonNode time) {
        expect(time, "RationalTime.");
        return new Time(time.get("value").asDouble(), time.get("rate").asDouble());
    }

    private static void expect(JsonNode node, String schema) {
        if (node == null || !node.path("OTIO_SCHEMA").asText().startsWith(schema)) {
            throw new IllegalArgumentException("expected an OTIO " + schema + " object, got " + node);
        }
    }
}
