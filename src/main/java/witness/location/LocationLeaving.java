package witness.location;

import java.util.EnumMap;
import java.util.Map;

/**
 * A location about to be deleted, shown (a CDI event, observed synchronously in the deleting transaction) to the
 * features whose items refer to it. Each counts its items; unless this is the confirmation page's preview, each then
 * lets go of the location item by item, not in bulk, so that the audit history records every change (and can undo
 * it). The location package names none of those features.
 */
public final class LocationLeaving {
    /** The kinds of item that refer to a location. */
    public enum Referrer {
        SHOTS, SHOOT_DAYS, INTERVIEWS, LOG_ENTRIES
    }

    public final Location location;
    public final boolean preview;
    private final Map<Referrer, Long> counts = new EnumMap<>(Referrer.class);

    LocationLeaving(Location location, boolean preview) {
        this.location = location;
        this.preview = preview;
    }

    /** Says how many items of this kind refer to the location. */
    public void count(Referrer referrer, long items) {
        counts.merge(referrer, items, Long::sum);
    }

    long counted(Referrer referrer) {
        return counts.getOrDefault(referrer, 0L);
    }
}
