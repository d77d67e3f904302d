package witness.schedule;

import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import witness.core.Film;
import witness.film.Shot;
import witness.interview.Interview;
import witness.location.Daylight;
import witness.location.Location;
import witness.person.CrewRole;
import witness.person.Person;
import witness.person.PersonContact;

/**
 * What a call sheet prints for one shoot day: the day, its schedule and film, where and when, who
 * is needed, the interviews and the shots planned. Contact details of interviewees are personal
 * data: they are read only when {@code contacts} is asked for (producers, see
 * witness.security.Access#personalData), and are otherwise not even loaded.
 */
public record CallSheet(Film film, Schedule schedule, ShootDay day, int number, int days, ShootDay previous,
        List<Lead> leads, List<CallLine> calls, List<InterviewLine> interviews, List<Shot> shots, boolean contacts) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** An interview of the day; phone and e-mail only on a producer's sheet, else null. */
    public record InterviewLine(Interview interview, String phone, String email) {
        public String interviewee() {
            String name = interview.interviewee();
            return name == null ? interview.key : name;
        }

        public boolean hasContact() {
            return phone != null || email != null;
        }
    }

    /** Someone called, at their time; their phone on a producer's sheet only, else null. */
    public record CallLine(ShootDayCall call, String phone) {
    }

    /**
     * One item of the order of the day: when it starts (empty without a call time), what, its planned minutes, and
     * the shot it films (null for an interview).
     */
    public record Slot(String start, String what, int minutes, Shot shot) {
    }

    /**
     * The order of the day: its interviews, then its shots, in the day's order, each with the minutes the schedule
     * plans for it, timed from the call.
     */
    public List<Slot> order() {
        List<Slot> slots = new ArrayList<>();
        LocalTime at = day.callTime;
        for (InterviewLine line : interviews) {
            slots.add(new Slot(time(at), "Interview: " + line.interviewee(), schedule.minutesPerInterview, null));
            at = at == null ? null : at.plusMinutes(schedule.minutesPerInterview);
        }
        for (Shot shot : shots) {
            String what = witness.web.Texts.capitalized(shot.kind.label()) + (shot.description == null ? "" : ": "
                    + shot.description);
            slots.add(new Slot(time(at), what, schedule.minutesPerShot, shot));
            at = at == null ? null : at.plusMinutes(schedule.minutesPerShot);
        }
        return slots;
    }

    /** Interviewees of the day who are not called: they come at their interview's time, as the order of the day says. */
    public List<String> uncalledInterviewees() {
        return interviews.stream().filter(l -> l.interview().person == null || calls.stream()
                .noneMatch(c -> c.call().person.id.equals(l.interview().person.id))).map(InterviewLine::interviewee)
                .toList();
    }

    /** The film's director or producer at the head of the sheet; the phone on a producer's sheet only, else null. */
    public record Lead(Person person, String phone) {
        /** "Director", "Producer" */
        public String title() {
            return witness.web.Texts.capitalized(person.crewRole.label());
        }
    }

    /** The film's directors, then producers (crew roles), with their phones when {@code contacts}. */
    static List<Lead> leads(Film film, boolean contacts) {
        List<Person> people = Person.list("film = ?1 and crewRole in ?2 order by crewRole, name", film,
                List.of(CrewRole.DIRECTOR, CrewRole.PRODUCER));
        Map<Long, String> phones = new HashMap<>();
        if (contacts && !people.isEmpty()) {
            PersonContact.<PersonContact>list("person in ?1", people).forEach(c -> phones.put(c.person.id, c.phone));
        }
        return people.stream().map(p -> new Lead(p, phones.get(p.id))).toList();
    }

    /** The sheet of a day, or 404 for an unknown film, schedule or date (or a date that is not one). */
    public static CallSheet of(Film film, String scheduleKey, String date, boolean contacts) {
        Schedule schedule = schedule(film, scheduleKey);
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("'" + date + "' is not a date of the schedule (dates are written 1990-03-05).");
        }
        // Should two days share a date, the sheet is the first one's (the schedule lists them by date, then id).
        ShootDay shootDay = ShootDay.<ShootDay>find("schedule = ?1 and date = ?2 order by id", schedule, day)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("The schedule '" + schedule.name + "' has no shoot day on "
                        + date + "."));
        return of(shootDay, contacts);
    }

    /** The sheet of this day. */
    public static CallSheet of(ShootDay shootDay, boolean contacts) {
        Schedule schedule = shootDay.schedule;
        Film film = schedule.film;
        Map<Long, PersonContact> known = new HashMap<>();
        if (contacts) {
            // the contacts of the interviewees and of those called in two queries, not one per person
            PersonContact.<PersonContact>list("select c from PersonContact c where c.person in"
                    + " (select i.person from ShootDay d join d.interviews i where d = ?1)", shootDay)
                    .forEach(c -> known.put(c.person.id, c));
            PersonContact.<PersonContact>list("select c from PersonContact c where c.person in"
                    + " (select k.person from ShootDayCall k where k.day = ?1)", shootDay)
                    .forEach(c -> known.put(c.person.id, c));
        }
        List<CallLine> calls = shootDay.called().stream().map(c -> new CallLine(c,
                known.containsKey(c.person.id) ? known.get(c.person.id).phone : null)).toList();
        List<InterviewLine> interviews = new ArrayList<>();
        for (Interview interview : shootDay.interviews) {
            Optional<PersonContact> contact = interview.person == null ? Optional.empty()
                    : Optional.ofNullable(known.get(interview.person.id));
            interviews.add(new InterviewLine(interview, contact.map(c -> c.phone).orElse(null),
                    contact.map(c -> c.email).orElse(null)));
        }
        List<ShootDay> schedulesDays = ShootDay.ofSchedule(schedule);
        int index = schedulesDays.indexOf(shootDay);
        return new CallSheet(film, schedule, shootDay, index + 1, schedulesDays.size(),
                index > 0 ? schedulesDays.get(index - 1) : null, leads(film, contacts), calls, interviews,
                List.copyOf(shootDay.shots), contacts);
    }

    /** The film's schedule with this key, or 404. */
    public static Schedule schedule(Film film, String key) {
        return Schedule.<Schedule>find("film = ?1 and key = ?2", film, key).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("There is no schedule '" + key + "' in " + film.title + "."));
    }

    /** Monday 5 March 1990 */
    public static String longDate(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** Monday */
    public static String weekday(LocalDate date) {
        return date == null ? "" : WEEKDAY.format(date);
    }

    /** 08:30, or empty */
    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Name, address, city, country of a location, those it has, each once (Mexico City, Mexico); empty for none. */
    public static String place(Location location) {
        if (location == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {location.name, location.address, location.city, location.country}) {
            if (part != null && !part.isBlank() && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    /** 19.4326, -99.1332 — or empty when the location has no coordinates. */
    public static String coordinates(Location location) {
        return location == null || location.latitude == null || location.longitude == null ? ""
                : location.latitude + ", " + location.longitude;
    }

    /** The names of those interviewed on a day, in the day's order. */
    public static List<String> interviewees(ShootDay day) {
        return day.interviews.stream().map(CallSheet::interviewee).toList();
    }

    /** The interviewee's name, or the interview's key while it names no one. */
    static String interviewee(Interview interview) {
        return interview.interviewee() == null ? interview.key : interview.interviewee();
    }

    /** The numbers of the shots planned for a day (2.1.3), in the day's order. */
    public static List<String> shotNumbers(ShootDay day) {
        return day.shots.stream().map(Shot::number).toList();
    }

    public String date() {
        return longDate(day.date);
    }

    public String call() {
        return time(day.callTime);
    }

    public String wrap() {
        return time(day.wrapTime);
    }

    /** "local time, America/Mexico_City, UTC−06:00": what the times are in; empty where the location has no zone. */
    public String zone() {
        return zone(day);
    }

    /** The zone of a day's location with its offset on that day; empty for none. */
    static String zone(ShootDay day) {
        if (day.location == null || day.location.timeZone == null) {
            return "";
        }
        ZoneId zone = ZoneId.of(day.location.timeZone);
        ZoneOffset offset = zone.getRules().getOffset(day.date.atTime(day.callTime == null ? LocalTime.NOON : day.callTime));
        String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId().replace('-', '\u2212');
        return "local time, " + zone.getId() + ", " + utc;
    }

    public String place() {
        return place(day.location);
    }

    /** "Day 3 of 7": the day's place among the schedule's days, by date. */
    public String dayOfDays() {
        return "Day " + number + " of " + days;
    }

    /** Where the crew comes from: the place of the schedule's day before, when it is elsewhere; empty otherwise. */
    public String comingFrom() {
        if (previous == null || previous.location == null || previous.location.equals(day.location)) {
            return "";
        }
        return place(previous.location) + " (" + longDate(previous.date) + ")";
    }

    /** Sunrise, sunset and the golden hours there that day; null without coordinates and a time zone. */
    public Daylight daylight() {
        return Daylight.of(day.location, day.date).orElse(null);
    }

    /** The location as a phone's map opens it (geo: URI, RFC 5870); empty without coordinates. */
    public String geo() {
        Location l = day.location;
        return l == null || l.latitude == null || l.longitude == null ? "" : "geo:" + plain(l.latitude) + ","
                + plain(l.longitude);
    }

    /** The location on OpenStreetMap, marked; empty without coordinates. */
    public String openStreetMap() {
        Location l = day.location;
        if (l == null || l.latitude == null || l.longitude == null) {
            return "";
        }
        String lat = plain(l.latitude), lon = plain(l.longitude);
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=16/" + lat + "/" + lon;
    }

    /** 0.0005, never 5.0E-4: a coordinate as a link writes it. */
    private static String plain(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).toPlainString();
    }

    public String coordinates() {
        return coordinates(day.location);
    }

    public Integer totalSeconds() {
        return shots.stream().mapToInt(s -> s.seconds == null ? 0 : s.seconds).sum();
    }

    public String path() {
        return "/films/" + film.slug + "/schedules/" + schedule.key + "/days/" + day.date + "/call-sheet";
    }
}
