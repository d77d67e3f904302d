package witness.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import witness.schedule.ScheduleSnapshot.Day;
import witness.schedule.ScheduleSnapshot.Strip;

/**
 * What changed from one version of a schedule to another, as the crew needs to hear it: days added or dropped, a
 * day's date, call, wrap or place changed; strips moved to another day, newly planned or no longer; people called,
 * no longer called, or called at another time.
 */
public record ScheduleComparison(ScheduleVersion from, ScheduleVersion to, List<String> days, List<String> strips,
        List<String> people) {

    public boolean none() {
        return days.isEmpty() && strips.isEmpty() && people.isEmpty();
    }

    static ScheduleComparison of(ScheduleVersion from, ScheduleSnapshot a, ScheduleVersion to, ScheduleSnapshot b) {
        List<String> days = new ArrayList<>(), people = new ArrayList<>();
        for (Day now : b.days()) {
            a.day(now.id()).ifPresentOrElse(was -> changes(was, now, days, people),
                    () -> days.add("Day added: " + now.named() + ", " + now.place() + "."));
        }
        for (Day was : a.days()) {
            if (b.day(was.id()).isEmpty()) {
                days.add("Day dropped: " + was.named() + ", " + was.place() + ".");
            }
        }
        return new ScheduleComparison(from, to, days, strips(a, b), people);
    }

    private static void changes(Day was, Day now, List<String> days, List<String> people) {
        String day = now.named();
        if (!was.date().equals(now.date())) {
            days.add("Day moved: " + was.named() + " is now " + now.named() + ".");
        }
        if (!Objects.equals(was.location(), now.location())) {
            days.add(day + ": the place is now " + now.place() + " (was " + was.place() + ").");
        }
        if (!Objects.equals(was.call(), now.call())) {
            days.add(day + ": call " + time(now) + " (was " + time(was) + ").");
        }
        if (!Objects.equals(was.wrap(), now.wrap())) {
            days.add(day + ": wrap " + orNone(CallSheet.time(now.wrap())) + " (was " + orNone(CallSheet.time(was.wrap()))
                    + ").");
        }
        people.addAll(calls(day, was, now));
    }

    /** People called, no longer called, or called at another time or with other notes on the day. */
    private static List<String> calls(String day, Day was, Day now) {
        Map<String, ScheduleSnapshot.Call> before = new LinkedHashMap<>();
        was.calls().forEach(c -> before.put(c.person(), c));
        List<String> changes = new ArrayList<>();
        for (ScheduleSnapshot.Call c : now.calls()) {
            ScheduleSnapshot.Call old = before.remove(c.person());
            if (old == null) {
                changes.add(day + ": " + c.name() + " called" + at(c, now) + ".");
            } else if (!Objects.equals(old.call(), c.call())) {
                // own times compared: a new call of the day, which everyone on it follows, is the day's change
                changes.add(day + ": " + c.name() + " called" + at(c, now) + " (was " + orNone(CallSheet.time(
                        callTime(old, was))) + ").");
            } else if (!Objects.equals(old.notes(), c.notes())) {
                changes.add(day + ": " + c.name() + "'s call notes changed.");
            }
        }
        before.values().forEach(c -> changes.add(day + ": " + c.name() + " no longer called."));
        return changes;
    }

    private static java.time.LocalTime callTime(ScheduleSnapshot.Call c, Day day) {
        return c.call() != null ? c.call() : day.call();
    }

    private static String at(ScheduleSnapshot.Call c, Day day) {
        java.time.LocalTime t = callTime(c, day);
        return t == null ? "" : " at " + CallSheet.time(t);
    }

    /** Each strip's day before and after: moved, newly planned, no longer planned. */
    private static List<String> strips(ScheduleSnapshot a, ScheduleSnapshot b) {
        Map<String, Day> before = placed(a), after = placed(b);
        Map<String, String> labels = new LinkedHashMap<>();
        a.days().forEach(d -> d.strips().forEach(s -> labels.put(s.key(), s.label())));
        b.days().forEach(d -> d.strips().forEach(s -> labels.put(s.key(), s.label())));
        List<String> changes = new ArrayList<>();
        labels.forEach((key, label) -> {
            Day was = before.get(key), now = after.get(key);
            if (was == null) {
                changes.add("Planned: " + label + " on " + now.named() + ".");
            } else if (now == null) {
                changes.add("No longer planned: " + label + " (was on " + was.named() + ").");
            } else if (was.id() != now.id()) {
                changes.add("Moved: " + label + " from " + was.named() + " to " + now.named() + ".");
            }
        });
        return changes;
    }

    private static Map<String, Day> placed(ScheduleSnapshot snapshot) {
        Map<String, Day> placed = new LinkedHashMap<>();
        for (Day day : snapshot.days()) {
            for (Strip strip : day.strips()) {
                placed.putIfAbsent(strip.key(), day);
            }
        }
        return placed;
    }

    private static String time(Day day) {
        return orNone(CallSheet.time(day.call()));
    }

    private static String orNone(String time) {
        return time.isEmpty() ? "none" : time;
    }
}
