package witness.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.film.Shot;
import witness.film.ShotKind;
import witness.film.ShotStatus;
import witness.interview.Interview;
import witness.interview.InterviewStatus;
import witness.location.Location;

/**
 * What a schedule page shows: the days with what they film and their load, and the stripboard of
 * what is not yet on any day of this schedule, grouped by location. Read in a constant number of
 * queries whatever the size of the film.
 */
public record SchedulePlan(Schedule schedule, List<ShootDay> days, List<Strip> strips, List<Conflict> conflicts) {
    public static final String NO_LOCATION = "No location";
    /** The kinds of shot a crew films wherever they are; the others need a shoot day only when given a location. */
    static final List<ShotKind> FILMED = List.of(ShotKind.INTERVIEW, ShotKind.LOCATION, ShotKind.RECONSTRUCTION);
    static final List<ShotKind> MADE_IN_THE_EDIT = List.of(ShotKind.GRAPHIC, ShotKind.CAPTION);

    /**
     * One group of the stripboard: shots and interviews by their location; an interview without one by the
     * text of its place (or under "No location").
     */
    public record Strip(String id, String name, Location location, List<Shot> shots, List<Interview> interviews) {
        public int size() {
            return shots.size() + interviews.size();
        }
    }

    /** The versions published, the first first. */
    public List<ScheduleVersion> versions() {
        return ScheduleVersion.ofSchedule(schedule);
    }

    public static SchedulePlan of(Schedule schedule) {
        List<ShootDay> days = days(schedule);
        List<Shot> shots = unscheduledShots(schedule);
        List<Interview> interviews = unscheduledInterviews(schedule);
        Map<String, Strip> strips = new LinkedHashMap<>();
        for (Shot shot : shots) {
            String name = shot.location == null ? NO_LOCATION : shot.location.name;
            strip(strips, name, shot.location).shots().add(shot);
        }
        for (Interview interview : interviews) {
            strip(strips, place(interview), interview.location).interviews().add(interview);
        }
        List<Strip> ordered = new ArrayList<>(strips.values());
        // "No location" last, the others in the order the shot list first reaches them.
        ordered.sort((a, b) -> Boolean.compare(a.name().equals(NO_LOCATION), b.name().equals(NO_LOCATION)));
        return new SchedulePlan(schedule, days, ordered, Conflicts.ofSchedule(schedule.film, schedule));
    }

    private static String place(Interview interview) {
        if (interview.location != null) {
            return interview.location.name;
        }
        return interview.place == null || interview.place.isBlank() ? NO_LOCATION : interview.place.strip();
    }

    public Map<LocalDate, List<Conflict>> conflictsByDate() {
        return Conflicts.byDate(conflicts);
    }

    private static Strip strip(Map<String, Strip> strips, String name, Location location) {
        return strips.computeIfAbsent(name, n -> new Strip("strip-" + (strips.size() + 1), n, location,
                new ArrayList<>(), new ArrayList<>()));
    }

    public boolean boardEmpty() {
        return strips.isEmpty();
    }

    /** The day after the last day, where suggested days start unless the user says otherwise. */
    public LocalDate nextDate() {
        return days.isEmpty() ? null : days.get(days.size() - 1).date.plusDays(1);
    }

    /** The schedule's days with their shots (numbered), interviews and calls, in three fetching queries. */
    public static List<ShootDay> days(Schedule schedule) {
        return days("d.schedule = ?1", schedule);
    }

    /** Every schedule's days, in the same three queries whatever the number of schedules. */
    public static Map<Schedule, List<ShootDay>> daysOfFilm(Film film) {
        Map<Schedule, List<ShootDay>> bySchedule = new LinkedHashMap<>();
        Schedule.ofFilm(film).forEach(s -> bySchedule.put(s, new ArrayList<>()));
        days("d.schedule.film = ?1", film).forEach(d -> bySchedule.get(d.schedule).add(d));
        return bySchedule;
    }

    private static List<ShootDay> days(String where, Object parameter) {
        List<ShootDay> days = ShootDay.list("select distinct d from ShootDay d left join fetch d.location"
                + " left join fetch d.shots s left join fetch s.scene sc left join fetch sc.sequence"
                + " left join fetch s.location left join fetch s.person left join fetch s.source where " + where,
                parameter);
        if (!days.isEmpty()) {
            ShootDay.list("select distinct d from ShootDay d left join fetch d.interviews i left join fetch i.person"
                    + " where " + where, parameter);
            ShootDay.list("select distinct d from ShootDay d left join fetch d.calls c left join fetch c.person"
                    + " where " + where, parameter);
        }
        List<ShootDay> ordered = new ArrayList<>(days);
        ordered.sort((a, b) -> a.date.equals(b.date) ? Long.compare(a.id, b.id) : a.date.compareTo(b.date));
        return ordered;
    }

    /**
     * The film's shots that need a shoot day and are on no day of any of its schedules, in shot-list order: not
     * dropped, and filmed by the crew (an interview, a location or a reconstruction shot, or archive and documents
     * given a location, filmed where they are kept); graphics and captions are made in the edit.
     */
    public static List<Shot> unscheduledShots(Schedule schedule) {
        return Shot.list("from Shot s join fetch s.scene sc join fetch sc.sequence q left join fetch s.location"
                + " left join fetch s.person left join fetch s.source where q.film = ?1 and s.status <> ?2"
                + " and s.kind not in ?4 and (s.location is not null or s.kind in ?3) and s not in"
                + " (select x from ShootDay d join d.shots x where d.schedule.film = ?1)"
                + " order by q.position, sc.position, s.position", schedule.film, ShotStatus.DROPPED, FILMED, MADE_IN_THE_EDIT);
    }

    /** The film's interviews not declined and on no day of any of its schedules. */
    public static List<Interview> unscheduledInterviews(Schedule schedule) {
        return Interview.list("from Interview i left join fetch i.person left join fetch i.location"
                + " where i.film = ?1 and i.status <> ?2"
                + " and i not in (select x from ShootDay d join d.interviews x where d.schedule.film = ?1)"
                + " order by i.key", schedule.film, InterviewStatus.DECLINED);
    }

    /** The days the unscheduled shots would make from the start date; nothing is saved. */
    public static List<DaySuggestion.Day<Shot>> suggest(Schedule schedule, List<Shot> shots, LocalDate start) {
        List<DaySuggestion.Item<Shot>> items = shots.stream()
                .map(s -> new DaySuggestion.Item<>(s, s.location == null ? null : s.location.key, schedule.minutesPerShot))
                .toList();
        return new DaySuggestion<Shot>(schedule.dayLimitMinutes).suggest(items, start);
    }

    /** Film of a schedule, for templates. */
    public Film film() {
        return schedule.film;
    }
}
