package witness.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import witness.core.Film;

/**
 * A schedule as an RFC 5545 calendar: one event per shoot day. The UID of a day's event is
 * {film}/{schedule}/{date}@witness, the same in every export, so a calendar app that imports the
 * file again (or subscribes to it) updates the event instead of adding a second one; SEQUENCE is
 * the day's version, which rises with every change to the day.
 *
 * <p>A day at a location with a time zone has its times in that zone (TZID, with the zone's
 * VTIMEZONE in the calendar, from ical4j's definitions): a call at 08:30 in Mexico City shows at
 * 15:30 in a producer's London calendar, as it will happen. A day whose location has no time zone
 * (or no location) is written in floating time: 08:30 wherever the calendar is read. A day
 * without a call time is an all-day event. A day that moves to another date gets a new UID: it is
 * a new event, and the event at the old date stays in a calendar that imported the old file (a
 * subscribed calendar drops it).
 */
public final class ScheduleCalendar {
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    static final String PRODID = "-//Witness//Shooting schedules//EN";

    private ScheduleCalendar() {
    }

    /** The UIDs of the days, in their order; should two days share a date, the later ones get -2, -3… */
    public static List<String> uids(Film film, Schedule schedule, List<ShootDay> days) {
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<String> uids = new ArrayList<>();
        for (ShootDay day : days) {
            int n = seen.merge(day.date, 1, Integer::sum);
            uids.add(film.slug + "/" + schedule.key + "/" + day.date + (n == 1 ? "" : "-" + n) + "@witness");
        }
        return uids;
    }

    /**
     * The calendar of a schedule's days, as the UTF-8 bytes of an .ics file; each day says which published version
     * of the schedule it is from ({@code version}; null: not published yet).
     */
    public static byte[] write(Film film, Schedule schedule, List<ShootDay> days,
            Function<ShootDay, ScheduleVersions.Published> published, Instant now) {
        Calendar calendar = calendar();
        List<String> uids = uids(film, schedule, days);
        DtStamp stamp = new DtStamp(now.truncatedTo(ChronoUnit.SECONDS));
        Set<String> zones = new TreeSet<>();
        for (int i = 0; i < days.size(); i++) {
            calendar.add(event(schedule, days.get(i), uids.get(i), stamp, published.apply(days.get(i))));
            zone(days.get(i).location).ifPresent(z -> zones.add(z.getId()));
        }
        return write(calendar, zones, "the calendar of " + schedule.key);
    }

    /** An empty calendar as every calendar of Witness begins. */
    static Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        return calendar;
    }

    /** The calendar, with the VTIMEZONE of each zone its events name, as the UTF-8 bytes of an .ics file. */
    static byte[] write(Calendar calendar, Set<String> zones, String what) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        zones.forEach(z -> calendar.add(registry.getTimeZone(z).getVTimeZone()));
        StringWriter out = new StringWriter();
        try {
            // Not validating: ical4j 4.1.1's GEO rule refuses negative coordinates (west, south), which
            // RFC 5545 allows; it would log a warning for every export of a shoot in the Americas.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(what + " is not valid iCalendar", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static VEvent event(Schedule schedule, ShootDay day, String uid, DtStamp stamp,
            ScheduleVersions.Published published) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(stamp);
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, day.version)));
        times(event, day.date, day.callTime, day.wrapTime, zone(day.location));
        event.add(new Summary(schedule.name + ": "
                + (day.location == null ? "location to be decided" : day.location.name)));
        where(event, day.location);
        event.add(new Description(description(day) + "\n"
                + (published == null ? "Schedule not published yet" : published.line())));
        return event;
    }

    /**
     * DTSTART and DTEND: from the call to the wrap in the zone (none: floating time), or the whole day when there is
     * no call time.
     */
    static void times(VEvent event, LocalDate date, LocalTime call, LocalTime wrap, Optional<ZoneId> zone) {
        if (call == null) {
            event.add(new DtStart<>(date));
            event.add(new DtEnd<>(date.plusDays(1)));
            return;
        }
        LocalDateTime start = date.atTime(call);
        LocalDateTime end = end(date, wrap, start);
        if (zone.isPresent()) {
            event.add(new DtStart<>(start.atZone(zone.get())));
            event.add(new DtEnd<>(end.atZone(zone.get())));
        } else {
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(end));
        }
    }

    /** LOCATION and GEO of the event, as far as the location (if any) has them. */
    static void where(VEvent event, witness.location.Location location) {
        String place = CallSheet.place(location);
        if (!place.isEmpty()) {
            event.add(new Location(place));
        }
        if (location != null && location.latitude != null && location.longitude != null) {
            event.add(new Geo(BigDecimal.valueOf(location.latitude), BigDecimal.valueOf(location.longitude)));
        }
    }

    /** The location's time zone, if it has one. */
    static Optional<ZoneId> zone(witness.location.Location location) {
        return location == null || location.timeZone == null ? Optional.empty()
                : Optional.of(ZoneId.of(location.timeZone));
    }

    /** The wrap time; past midnight when earlier than the call; an hour after the call when unknown. */
    private static LocalDateTime end(LocalDate date, LocalTime wrap, LocalDateTime start) {
        if (wrap == null) {
            return start.plusHours(1);
        }
        LocalDateTime end = date.atTime(wrap);
        return end.isAfter(start) ? end : end.plusDays(1);
    }

    static String description(ShootDay day) {
        List<String> lines = new ArrayList<>();
        lines.add(day.callTime == null ? "Call time to be confirmed"
                : "Call " + CallSheet.time(day.callTime)
                        + (day.wrapTime == null ? "" : ", wrap " + CallSheet.time(day.wrapTime)));
        String coordinates = CallSheet.coordinates(day.location);
        if (!coordinates.isEmpty()) {
            lines.add("Coordinates: " + coordinates);
        }
        if (!day.calls.isEmpty()) {
            lines.add("Called: " + String.join(", ", day.called().stream().map(ShootDayCall::line).toList()));
        }
        List<String> interviewees = CallSheet.interviewees(day);
        if (!interviewees.isEmpty()) {
            lines.add("Interviews: " + String.join(", ", interviewees));
        }
        List<String> shots = CallSheet.shotNumbers(day);
        if (!shots.isEmpty()) {
            lines.add("Shots: " + String.join(", ", shots));
        }
        if (day.travel != null) {
            lines.add("Travel: " + day.travel);
        }
        if (day.notes != null) {
            lines.add("Notes: " + day.notes);
        }
        return String.join("\n", lines);
    }
}
