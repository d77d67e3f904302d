package witness.interview;

import java.time.LocalDate;
import java.util.List;

/**
 * The shoot days an interview is on, as its page lists them. The schedules answer it (they know the interviews
 * of their days; an interview does not know the schedules, so that the two features import each other in no circle).
 */
public interface ShootDaysOf {
    /** The days, by date. */
    List<ShootDayOn> of(Interview interview);

    /** One day: its schedule's name, its date and the address of its call sheet. */
    record ShootDayOn(String schedule, LocalDate date, String href) {
    }
}
