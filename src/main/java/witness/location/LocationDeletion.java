package witness.location;

import static witness.web.Texts.capitalized;
import static witness.web.Texts.plural;

import java.util.ArrayList;
import java.util.List;
import witness.location.LocationLeaving.Referrer;

/** What goes with a location when it is deleted, said before anyone confirms. */
public record LocationDeletion(String name, long shots, long shootDays, long interviews, long photos, long logEntries) {

    static LocationDeletion of(LocationLeaving leaving) {
        return new LocationDeletion(leaving.location.name, leaving.counted(Referrer.SHOTS),
                leaving.counted(Referrer.SHOOT_DAYS), leaving.counted(Referrer.INTERVIEWS),
                LocationPhoto.count("location", leaving.location), leaving.counted(Referrer.LOG_ENTRIES));
    }

    /** "3 shots and 2 shoot days lose their location; 1 photo is deleted" — only what there is. */
    public String describe() {
        List<String> lose = new ArrayList<>();
        lose.add(plural(shots, "shot"));
        lose.add(plural(shootDays, "shoot day"));
        lose.add(plural(interviews, "interview"));
        lose.add(plural(logEntries, "research log entry", "research log entries"));
        lose.removeIf(p -> p.startsWith("0 "));
        List<String> parts = new ArrayList<>();
        if (!lose.isEmpty()) {
            parts.add(join(lose) + (lose.size() == 1 && lose.get(0).startsWith("1 ") ? " loses" : " lose")
                    + " this location (they are kept)");
        }
        if (photos > 0) {
            parts.add(plural(photos, "photo") + (photos == 1 ? " is" : " are") + " deleted with it");
        }
        return parts.isEmpty() ? "Nothing else refers to this location." : capitalized(String.join("; ", parts)) + ".";
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
