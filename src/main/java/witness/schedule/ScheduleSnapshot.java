package witness.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A schedule as a version keeps it: each day (by its id, so that a day moved to another date is the same day) with
 * its date, place, call and wrap, who is called and when, and the strips planned on it — shots by number, interviews
 * by interviewee. Versions published before calls held a crew list instead: it is not read back.
 */
public record ScheduleSnapshot(String name, List<Day> days) {

    /** A strip planned on a day: its kind and key ("shot:orenburg-arrest-3"), and how people name it. */
    public record Strip(String key, String label) {
    }

    /** A person called on a day: their key, name, own call time (null: the day's) and notes. */
    public record Call(String person, String name, LocalTime call, String notes) {
        static Call of(ShootDayCall c) {
            return new Call(c.person.key, c.person.name, c.callTime, c.notes);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(long id, LocalDate date, String location, String place, LocalTime call, LocalTime wrap,
            List<Call> calls, List<Strip> strips) {
        public Day {
            calls = calls == null ? List.of() : List.copyOf(calls);
        }

        /**
         * Whether the other is this day as the crew needs to hear of it — date, place, call, wrap, calls, what it
         * plans — leaving out names that change elsewhere (a location renamed, a shot renumbered).
         */
        public boolean same(Day other) {
            return other != null && id == other.id && date.equals(other.date)
                    && java.util.Objects.equals(location, other.location) && java.util.Objects.equals(call, other.call)
                    && java.util.Objects.equals(wrap, other.wrap) && calls.equals(other.calls)
                    && strips.stream().map(Strip::key).toList().equals(other.strips.stream().map(Strip::key).toList());
        }

        /** How the comparison names the day: "Monday 5 March 1990". */
        public String named() {
            return CallSheet.longDate(date);
        }

        static Day of(ShootDay day) {
            List<Strip> strips = new ArrayList<>();
            day.interviews.forEach(i -> strips.add(new Strip("interview:" + i.key, "the interview with "
                    + CallSheet.interviewee(i))));
            day.shots.forEach(s -> strips.add(new Strip("shot:" + s.key, "shot " + s.number())));
            return new Day(day.id, day.date, day.location == null ? null : day.location.key,
                    day.location == null ? "no location" : day.location.name, day.callTime, day.wrapTime,
                    day.called().stream().map(Call::of).toList(), strips);
        }
    }

    static ScheduleSnapshot of(Schedule schedule, List<ShootDay> days) {
        return new ScheduleSnapshot(schedule.name, days.stream().map(Day::of).toList());
    }

    Optional<Day> day(long id) {
        return days.stream().filter(d -> d.id() == id).findFirst();
    }
}
