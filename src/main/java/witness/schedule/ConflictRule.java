package witness.schedule;

import witness.web.Labelled;

/** The checks run over a film's shoot days. */
public enum ConflictRule implements Labelled {
    /** A person or crew member needed in two places on the same date, in any of the film's schedules. */
    TWO_PLACES("in two places"),
    /** An interview on a day whose interviewee has not agreed, or has declined. */
    NOT_AGREED("interview not agreed"),
    /** A day at a location whose filming permit is needed, applied for or refused. */
    PERMIT("permit not granted"),
    /** An interview on a day that was filmed without a signed release form. */
    NO_RELEASE("no signed release"),
    /** A day whose call-to-wrap or planned filming is longer than the schedule allows. */
    LONG_DAY("day too long"),
    /** Consecutive days at places too far apart to travel between. */
    TOO_FAR("too far to travel"),
    /** An interview on a shoot day whose own date is another day. */
    DATE_DIFFERS("interview dated otherwise");

    private final String label;

    ConflictRule(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return code();
    }
}
