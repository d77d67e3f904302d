package witness.schedule;

/**
 * What a schedule allows before the conflict checks complain: the length of a day, the time a shot and an
 * interview take when planning it, and how far a crew can travel between two consecutive days.
 */
public record ConflictLimits(int dayLimitMinutes, int minutesPerShot, int minutesPerInterview, int maxTravelKm) {
    /** Ten hours a day, half an hour a shot, two hours an interview, 500 km between consecutive days. */
    public static final ConflictLimits DEFAULTS = new ConflictLimits(600, 30, 120, 500);

    /** The limits the schedule's settings give. */
    public static ConflictLimits of(Schedule schedule) {
        return new ConflictLimits(schedule.dayLimitMinutes, schedule.minutesPerShot, schedule.minutesPerInterview,
                schedule.maxTravelKm);
    }
}
