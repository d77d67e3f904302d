package witness.timeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import witness.interview.FrameRate;

/**
 * The OpenTimelineIO objects a paper edit needs, written as the OTIO JSON serializer names them and with the fields
 * it writes: RationalTime.1 (a count of frames and the rate, 29.97 as 29.97002997…), TimeRange.1, and the fields
 * every Item shares (name, metadata, source_range, effects, markers, enabled).
 */
final class OtioSchema {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OtioSchema() {
    }

    static ObjectNode object(String schema) {
        ObjectNode node = JSON.objectNode();
        node.put("OTIO_SCHEMA", schema);
        return node;
    }

    static ObjectNode rationalTime(long frames, FrameRate rate) {
        ObjectNode time = object("RationalTime.1");
        time.put("rate", rate.perSecond());
        time.put("value", (double) frames);
        return time;
    }

    static ObjectNode timeRange(long start, long duration, FrameRate rate) {
        ObjectNode range = object("TimeRange.1");
        range.set("duration", rationalTime(duration, rate));
        range.set("start_time", rationalTime(start, rate));
        return range;
    }

    /** An item: a Stack, Track, Clip or Gap, its children or media left to the caller. */
    static ObjectNode item(String schema, String name, ObjectNode sourceRange) {
        ObjectNode item = object(schema);
        item.set("metadata", JSON.objectNode());
        item.put("name", name);
        item.set("source_range", sourceRange == null ? JSON.nullNode() : sourceRange);
        item.set("effects", JSON.arrayNode());
        item.set("markers", JSON.arrayNode());
        item.put("enabled", true);
        return item;
    }

    static ArrayNode children(ObjectNode composition) {
        return composition.putArray("children");
    }
}
