package witness.location;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

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

    /**
     * Counts the items of this kind that refer to the location and, unless this is the preview, lets each of them go
     * of it, one by one.
     */
    public <T> void letGo(Referrer referrer, LongSupplier count, Supplier<List<T>> items, Consumer<T> letGo) {
        if (preview) {
            counts.merge(referrer, count.getAsLong(), Long::sum);
            return;
        }
        List<T> found = items.get();
        counts.merge(referrer, (long) found.size(), Long::sum);
        found.forEach(letGo);
    }

    long counted(Referrer referrer) {
        return counts.getOrDefault(referrer, 0L);
    }
}
