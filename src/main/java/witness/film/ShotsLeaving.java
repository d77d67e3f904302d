package witness.film;

import java.util.List;

/**
 * Shots about to be deleted, shown (a CDI event, observed synchronously in the deleting transaction) to the features
 * that plan them — the shoot days. Each counts its plans of them; unless this is the confirmation page's preview,
 * each then lets go of them, item by item for the audit history. The film package names none of those features.
 */
public final class ShotsLeaving {
    public final List<Shot> shots;
    public final boolean preview;
    private long plans;

    ShotsLeaving(List<Shot> shots, boolean preview) {
        this.shots = shots;
        this.preview = preview;
    }

    /** Says that the shots are planned this many times (a shot on two shoot days, twice). */
    public void plannedOn(long plans) {
        this.plans += plans;
    }

    long plans() {
        return plans;
    }
}
