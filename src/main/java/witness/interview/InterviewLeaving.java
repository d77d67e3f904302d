package witness.interview;

/**
 * An interview about to be deleted, shown (a CDI event, observed synchronously in the deleting transaction) to the
 * features that plan it — the shoot days. Each counts the days; unless this is the confirmation page's preview, each
 * then lets go of the interview, item by item for the audit history. The interview package names none of them.
 */
public final class InterviewLeaving {
    public final Interview interview;
    public final boolean preview;
    private long shootDays;

    InterviewLeaving(Interview interview, boolean preview) {
        this.interview = interview;
        this.preview = preview;
    }

    /** Says that this many shoot days plan the interview. */
    public void plannedOn(long days) {
        shootDays += days;
    }

    long shootDays() {
        return shootDays;
    }
}
