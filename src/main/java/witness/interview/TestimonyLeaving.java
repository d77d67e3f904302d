package witness.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * A testimony about to be deleted, shown (a CDI event, observed synchronously in the deleting transaction) to the
 * features that use it — the scenes whose paper edit places it and the citations that cite it. Each says where;
 * unless this is the confirmation page's preview, each then lets go of it. The interview package names none of them.
 */
public final class TestimonyLeaving {
    public final Testimony testimony;
    public final boolean preview;
    private final List<String> uses = new ArrayList<>();

    TestimonyLeaving(Testimony testimony, boolean preview) {
        this.testimony = testimony;
        this.preview = preview;
    }

    /** Says where the testimony is used: "placed in scene 1.2 Gorkin's description of the corpse". */
    public void usedIn(String where) {
        uses.add(where);
    }

    /** Where the testimony is used, as the features said it. */
    public List<String> uses() {
        return List.copyOf(uses);
    }
}
