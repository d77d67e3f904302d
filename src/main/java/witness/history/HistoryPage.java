package witness.history;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The history of one item (a scene with its shots and citations, an interview, a source): its revisions,
 * newest first, each with who made it, when, and what changed in which item.
 */
public record HistoryPage(String what, String backLink, List<Entry> revisions, String withheld) {

    /** One revision as the page shows it. */
    public record Entry(long revision, String who, Instant at, List<ItemChange> items) {
        public String when() {
            return Value.MOMENT.format(at.atZone(ZoneId.systemDefault()));
        }

        public String iso() {
            return at.toString();
        }
    }

    /**
     * What happened to one item in a revision: created, changed (which fields), deleted or restored; the
     * detail names what was created, deleted or restored.
     */
    public record ItemChange(String subject, String kind, String detail, List<Change> changes) {
        public String kindCode() {
            return kind.startsWith("recorded") ? "baseline" : kind;
        }
    }

    /** One field: its label and its value before and after; or, for a set, what was added and removed. */
    public record Change(String label, String before, String after, String note, boolean isLong) {
        static Change of(String label, String before, String after, boolean isLong) {
            return new Change(label, before, after, null, isLong);
        }

        static Change noted(String label, String note) {
            return new Change(label, null, null, note, false);
        }
    }
}
