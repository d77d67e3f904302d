package witness.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * Something in a film's schedules that cannot work as planned, said so that a producer knows what to do.
 * {@code days} are the shoot days concerned, possibly in several schedules, for links to them; {@code item} is what
 * it is about (a location, an interviewee, the people needed twice, two places), so that the same trouble on many
 * days can be listed once.
 */
public record Conflict(ConflictRule rule, LocalDate date, String message, List<ConflictDay> days, String item) {

    public Conflict {
        days = List.copyOf(days);
    }

    /** Whether one of the days concerned belongs to the schedule. */
    public boolean concerns(String scheduleKey) {
        return days.stream().anyMatch(d -> d.scheduleKey().equals(scheduleKey));
    }
}
