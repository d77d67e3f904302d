package witness.schedule;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import witness.core.Film;
import witness.person.Person;

/**
 * The calendar a private feed lists ({@link CalendarFeeds}): the days of the latest published version of each
 * schedule — a person's days at their own call, or every day at the day's call for a user. An event's UID names the
 * day by its id ({film}/{schedule}/day-{id}/{person}@witness; a user's without the person), so it stays the same when
 * the day moves to another date; its SEQUENCE is the version's number, which rises with every publication.
 */
final class FeedCalendar {

    /** The latest published version of a schedule, read back, with the film's locations by key. */
    record Published(Film film, Schedule schedule, ScheduleVersion version, ScheduleSnapshot snapshot,
            Map<String, witness.location.Location> locations) {
        String name() {
            return snapshot.name() == null ? schedule.name : snapshot.name();
        }
    }

    private FeedCalendar() {
    }

    /** The days that call the person, at their own call time. */
    static byte[] ofPerson(Person person, List<Published> schedules) {
        Calendar calendar = ScheduleCalendar.calendar();
        calendar.add(new XProperty("X-WR-CALNAME", person.name + ": shoot days, " + person.film.title));
        Set<String> zones = new TreeSet<>();
        for (Published p : schedules) {
            for (ScheduleSnapshot.Day day : p.snapshot().days()) {
                day.calls().stream().filter(c -> c.person().equals(person.key)).findFirst().ifPresent(call ->
                        calendar.add(event(p, day, call, p.film().slug + "/" + p.schedule().key + "/day-" + day.id()
                                + "/" + person.key + "@witness", zones)));
            }
        }
        return ScheduleCalendar.write(calendar, zones, "the calendar feed of " + person.key);
    }

    /** Every day, at the day's call. */
    static byte[] ofUser(String username, List<Published> schedules) {
        Calendar calendar = ScheduleCalendar.calendar();
        calendar.add(new XProperty("X-WR-CALNAME", "Witness: shoot days"));
        Set<String> zones = new TreeSet<>();
        for (Published p : schedules) {
            for (ScheduleSnapshot.Day day : p.snapshot().days()) {
                calendar.add(event(p, day, null, p.film().slug + "/" + p.schedule().key + "/day-" + day.id()
                        + "@witness", zones));
            }
        }
        return ScheduleCalendar.write(calendar, zones, "the calendar feed of " + username);
    }

    /** The day's event, for the person called (null: for a user, at the day's call). */
    private static VEvent event(Published p, ScheduleSnapshot.Day day, ScheduleSnapshot.Call call, String uid,
            Set<String> zones) {
        witness.location.Location location = day.location() == null ? null : p.locations().get(day.location());
        LocalTime time = call != null && call.call() != null ? call.call() : day.call();
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        // When the information was last revised (RFC 5545, no METHOD): the feed reads the same until republished.
        event.add(new DtStamp(p.version().publishedAt.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(p.version().number));
        ScheduleCalendar.zone(location).ifPresent(z -> zones.add(z.getId()));
        ScheduleCalendar.times(event, day.date(), time, day.wrap(), ScheduleCalendar.zone(location));
        event.add(new Summary((time == null ? "" : "Call " + CallSheet.time(time) + " — ") + p.name() + ", "
                + day.place()));
        if (location != null) {
            ScheduleCalendar.where(event, location);
        } else if (day.location() != null) {
            event.add(new Location(day.place()));
        }
        event.add(new Description(description(p, day, call, time)));
        return event;
    }

    private static String description(Published p, ScheduleSnapshot.Day day, ScheduleSnapshot.Call call,
            LocalTime time) {
        List<String> lines = new ArrayList<>();
        lines.add(p.film().title);
        lines.add(time == null ? "Call time to be confirmed"
                : "Call " + CallSheet.time(time) + (day.wrap() == null ? "" : ", wrap " + CallSheet.time(day.wrap())));
        if (call != null && call.call() != null && day.call() != null && !call.call().equals(day.call())) {
            lines.add("The day's call: " + CallSheet.time(day.call()));
        }
        if (call != null && call.notes() != null && !call.notes().isBlank()) {
            lines.add("Notes: " + call.notes());
        }
        if (call == null && !day.calls().isEmpty()) {
            lines.add("Called: " + String.join(", ", day.calls().stream()
                    .map(c -> c.call() == null ? c.name() : c.name() + " " + CallSheet.time(c.call())).toList()));
        }
        lines.add("Schedule " + p.version().label());
        return String.join("\n", lines);
    }
}
