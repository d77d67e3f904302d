package witness.schedule;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import witness.core.Film;
import witness.interview.Interview;
import witness.interview.InterviewStatus;
import witness.location.Location;
import witness.location.PermitStatus;
import witness.web.Formats;

/**
 * The conflict checks of a film's shooting schedules. {@link #of(List)} is plain logic over days already
 * loaded; {@link #ofFilm(Film)} loads the film's days in a fixed number of queries and checks them.
 */
public final class Conflicts {
    /** Mean radius of the Earth, for great-circle distances. */
    static final double EARTH_RADIUS_KM = 6371.0;
    private static final Set<InterviewStatus> NOT_AGREED =
            EnumSet.of(InterviewStatus.IDENTIFIED, InterviewStatus.CONTACTED);
    private static final Set<PermitStatus> NO_PERMIT =
            EnumSet.of(PermitStatus.NEEDED, PermitStatus.APPLIED, PermitStatus.REFUSED);
    private static final Comparator<Conflict> ORDER = Comparator.comparing(Conflict::date)
            .thenComparing(Conflict::rule).thenComparing(Conflict::message);

    private Conflicts() {
    }

    /** Every conflict of the film's schedules, by date. */
    public static List<Conflict> ofFilm(Film film) {
        return of(load(film));
    }

    /** The conflicts that concern one schedule (including a clash with a day of another schedule). */
    public static List<Conflict> ofSchedule(Film film, Schedule schedule) {
        return ofFilm(film).stream().filter(c -> c.concerns(schedule.key)).toList();
    }

    /** Conflicts grouped by their date, earliest first. */
    public static Map<LocalDate, List<Conflict>> byDate(List<Conflict> conflicts) {
        return conflicts.stream().collect(Collectors.groupingBy(Conflict::date, TreeMap::new, Collectors.toList()));
    }

    /** All checks over the days of a film's schedules (every schedule, for people in two places). */
    public static List<Conflict> of(List<ConflictDay> days) {
        List<Conflict> conflicts = new ArrayList<>();
        conflicts.addAll(twoPlaces(days));
        for (ConflictDay day : days) {
            conflicts.addAll(notAgreed(day));
            conflicts.addAll(dateDiffers(day));
            conflicts.addAll(permit(day));
            conflicts.addAll(longDay(day));
        }
        conflicts.addAll(noRelease(days));
        conflicts.addAll(tooFar(days));
        conflicts.sort(ORDER);
        return conflicts;
    }

    /** Rule 1: the same person (by name, ignoring case) needed at different places on one date. */
    static List<Conflict> twoPlaces(List<ConflictDay> days) {
        List<Conflict> conflicts = new ArrayList<>();
        Map<LocalDate, List<ConflictDay>> byDate = days.stream().filter(d -> d.location() != null)
                .collect(Collectors.groupingBy(ConflictDay::date, TreeMap::new, Collectors.toList()));
        byDate.forEach((date, sameDate) -> {
            if (sameDate.size() < 2) {
                return;
            }
            // name as first written → days where the name appears
            Map<String, String> spelling = new LinkedHashMap<>();
            Map<String, List<ConflictDay>> where = new LinkedHashMap<>();
            for (ConflictDay day : sameDate) {
                for (String name : names(day)) {
                    String key = name.toLowerCase(Locale.ROOT);
                    spelling.putIfAbsent(key, name);
                    List<ConflictDay> list = where.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(day)) {
                        list.add(day);
                    }
                }
            }
            // people needed on the same days are reported together: "Director and Camera are needed…"
            Map<List<ConflictDay>, List<String>> clashes = new LinkedHashMap<>();
            where.forEach((key, at) -> {
                if (at.stream().map(d -> locationKey(d.location())).distinct().count() > 1) {
                    clashes.computeIfAbsent(at, k -> new ArrayList<>()).add(spelling.get(key));
                }
            });
            clashes.forEach((at, people) -> {
                Map<String, ConflictDay> places = new LinkedHashMap<>();
                at.forEach(d -> places.putIfAbsent(locationKey(d.location()), d));
                String list = joined(places.values().stream()
                        .map(d -> d.place() + " (" + d.scheduleName() + ")").toList());
                conflicts.add(new Conflict(ConflictRule.TWO_PLACES, date,
                        joined(people) + (people.size() == 1 ? " is" : " are") + " needed in "
                                + (places.size() == 2 ? "two" : String.valueOf(places.size())) + " places on "
                                + human(date) + ": " + list + ". Move one of the days or give the work to someone else.",
                        at, joined(people)));
            });
        });
        return conflicts;
    }

    /** Rule 2: an interview on the day whose interviewee has not agreed yet, or has declined. */
    static List<Conflict> notAgreed(ConflictDay day) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Interview interview : day.interviews()) {
            String who = who(interview);
            if (NOT_AGREED.contains(interview.status)) {
                conflicts.add(new Conflict(ConflictRule.NOT_AGREED, day.date(), who + " is down for an interview on "
                        + human(day.date()) + " but has not agreed yet (" + interview.status.label()
                        + "). Confirm the interview or take it off the day.", List.of(day), who));
            } else if (interview.status == InterviewStatus.DECLINED) {
                conflicts.add(new Conflict(ConflictRule.NOT_AGREED, day.date(), who
                        + " declined the interview but is still down for " + human(day.date())
                        + ". Take the interview off the day.", List.of(day), who));
            }
        }
        return conflicts;
    }

    /** Rule 7: an interview on the day whose own date says another day. */
    static List<Conflict> dateDiffers(ConflictDay day) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Interview interview : day.interviews()) {
            if (interview.date != null && !interview.date.equals(day.date())) {
                String who = who(interview);
                conflicts.add(new Conflict(ConflictRule.DATE_DIFFERS, day.date(), who + " is down for an interview on "
                        + human(day.date()) + " but the interview is dated " + human(interview.date)
                        + ". Set the interview's date to the day, or take it off the day.", List.of(day), who));
            }
        }
        return conflicts;
    }

    /** Rule 3: the day's location needs a filming permit that is not granted. */
    static List<Conflict> permit(ConflictDay day) {
        Location location = day.location();
        if (location == null || !NO_PERMIT.contains(location.permit)) {
            return List.of();
        }
        String when = human(day.date());
        String message = switch (location.permit) {
            case NEEDED -> location.name + " needs a filming permit for " + when
                    + " and none has been applied for. Apply for it before the shoot.";
            case APPLIED -> "The filming permit for " + location.name + " (" + when
                    + ") is applied for but not granted yet. Chase it before the shoot.";
            default -> "The filming permit for " + location.name + " was refused. Find another place for " + when
                    + " or appeal.";
        };
        return List.of(new Conflict(ConflictRule.PERMIT, day.date(), message, List.of(day), location.name));
    }

    /**
     * Rule 4: an interview on the film's days filmed without a signed release, as {@link Interview#warnings()}
     * says; once per interview, dated by its first day, with links to every day it is on.
     */
    static List<Conflict> noRelease(List<ConflictDay> days) {
        Map<Interview, List<ConflictDay>> on = new LinkedHashMap<>();
        days.stream().sorted(Comparator.comparing(ConflictDay::date)).forEach(day -> day.interviews()
                .forEach(i -> on.computeIfAbsent(i, k -> new ArrayList<>()).add(day)));
        List<Conflict> conflicts = new ArrayList<>();
        on.forEach((interview, at) -> interview.warnings().stream()
                .filter(w -> w.toLowerCase(Locale.ROOT).contains("release"))
                .forEach(w -> conflicts.add(new Conflict(ConflictRule.NO_RELEASE, at.get(0).date(),
                        who(interview) + ": " + lowerFirst(w) + ". Get the release signed before the footage is used.",
                        at, who(interview)))));
        return conflicts;
    }

    /** Rule 5: call to wrap longer than the limit, or more shots and interviews planned than fit in it. */
    static List<Conflict> longDay(ConflictDay day) {
        List<Conflict> conflicts = new ArrayList<>();
        int limit = day.limits().dayLimitMinutes();
        String where = day.place() == null ? "" : " at " + day.place();
        if (day.call() != null && day.wrap() != null) {
            long minutes = Duration.between(day.call(), day.wrap()).toMinutes();
            if (minutes < 0) {
                minutes += 24 * 60;
            }
            if (minutes > limit) {
                conflicts.add(new Conflict(ConflictRule.LONG_DAY, day.date(), human(day.date()) + where + " runs "
                        + hours(minutes) + " from call (" + day.call() + ") to wrap (" + day.wrap() + "), over the "
                        + hours(limit) + " limit. Call later, wrap earlier or split the day.", List.of(day),
                        human(day.date()) + where));
            }
        }
        int shots = day.shots(), interviews = day.interviews().size();
        long planned = (long) shots * day.limits().minutesPerShot()
                + (long) interviews * day.limits().minutesPerInterview();
        if (planned > limit) {
            conflicts.add(new Conflict(ConflictRule.LONG_DAY, day.date(), human(day.date()) + where + " plans "
                    + hours(planned) + " of filming (" + count(shots, "shot") + " × "
                    + hours(day.limits().minutesPerShot()) + ", " + count(interviews, "interview") + " × "
                    + hours(day.limits().minutesPerInterview()) + "), over the " + hours(limit)
                    + " limit. Move some shots or an interview to another day.", List.of(day), human(day.date()) + where));
        }
        return conflicts;
    }

    /** Rule 6: days on consecutive dates of one schedule at places further apart than the crew can travel. */
    static List<Conflict> tooFar(List<ConflictDay> days) {
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, List<ConflictDay>> bySchedule = days.stream()
                .collect(Collectors.groupingBy(ConflictDay::scheduleKey, LinkedHashMap::new, Collectors.toList()));
        for (List<ConflictDay> schedule : bySchedule.values()) {
            Map<LocalDate, List<ConflictDay>> byDate = schedule.stream()
                    .collect(Collectors.groupingBy(ConflictDay::date, TreeMap::new, Collectors.toList()));
            byDate.forEach((date, today) -> {
                for (ConflictDay first : today) {
                    for (ConflictDay next : byDate.getOrDefault(date.plusDays(1), List.of())) {
                        if (!located(first.location()) || !located(next.location())
                                || locationKey(first.location()).equals(locationKey(next.location()))) {
                            continue;
                        }
                        double km = kilometres(first.location().latitude, first.location().longitude,
                                next.location().latitude, next.location().longitude);
                        int max = first.limits().maxTravelKm();
                        if (km > max) {
                            conflicts.add(new Conflict(ConflictRule.TOO_FAR, date, distance(km) + " between "
                                    + first.place() + " and " + next.place() + " on consecutive days ("
                                    + twoDates(date, next.date()) + "), more than the " + distance(max)
                                    + " a crew can travel overnight. Add a travel day or reorder the days.",
                                    List.of(first, next), first.place() + " – " + next.place()));
                        }
                    }
                }
            });
        }
        return conflicts;
    }

    /** Great-circle distance in kilometres between two points given in degrees (haversine). */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1), phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1), dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dPhi / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The days of every schedule of the film with what the checks need, in four queries whatever the number
     * of schedules, days, interviews and shots: days (with schedule and location), the film's interviews
     * (with their person), which interviews are on which day, and how many shots each day has.
     */
    public static List<ConflictDay> load(Film film) {
        EntityManager em = Panache.getEntityManager();
        List<ShootDay> days = em.createQuery("select d from ShootDay d join fetch d.schedule s"
                + " left join fetch d.location where s.film = ?1 order by d.date, s.key, d.id", ShootDay.class)
                .setParameter(1, film).getResultList();
        if (days.isEmpty()) {
            return List.of();
        }
        Map<Long, Interview> interviews = Interview.ofFilm(film).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<Long, List<Interview>> onDay = new HashMap<>();
        em.createQuery("select d.id, i.id from ShootDay d join d.interviews i where d.schedule.film = ?1"
                + " order by d.id, index(i)", Object[].class).setParameter(1, film).getResultList()
                .forEach(row -> onDay.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(interviews.get((Long) row[1])));
        Map<Long, Long> shots = new HashMap<>();
        em.createQuery("select d.id, count(s) from ShootDay d join d.shots s where d.schedule.film = ?1"
                + " group by d.id", Object[].class).setParameter(1, film).getResultList()
                .forEach(row -> shots.put((Long) row[0], (Long) row[1]));
        Map<Long, List<String>> called = new HashMap<>();
        em.createQuery("select c.day.id, c.person.name from ShootDayCall c where c.day.schedule.film = ?1"
                + " order by c.id", Object[].class).setParameter(1, film).getResultList()
                .forEach(row -> called.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return days.stream().map(d -> new ConflictDay(d.id, d.schedule.key, d.schedule.name, d.date, d.location,
                d.callTime, d.wrapTime, called.get(d.id), onDay.getOrDefault(d.id, List.of()),
                Math.toIntExact(shots.getOrDefault(d.id, 0L)), ConflictLimits.of(d.schedule))).toList();
    }

    /** The people a day needs: those it calls and its interviewees, trimmed, once each. */
    private static List<String> names(ConflictDay day) {
        List<String> names = new ArrayList<>();
        day.called().forEach(c -> addName(names, c));
        day.interviews().forEach(i -> addName(names, i.interviewee()));
        return names;
    }

    private static void addName(List<String> names, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String trimmed = name.trim();
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase(trimmed))) {
            names.add(trimmed);
        }
    }

    private static String locationKey(Location location) {
        return location.key != null ? location.key : location.name;
    }

    private static boolean located(Location location) {
        return location != null && location.latitude != null && location.longitude != null;
    }

    private static String who(Interview interview) {
        String name = interview.interviewee();
        return name == null || name.isBlank() ? "The interview " + interview.key : name;
    }

    private static String human(LocalDate date) {
        return Formats.human(date);
    }

    /** 15 and 16 May 1990; 31 May and 1 June 1990; 31 December 1990 and 1 January 1991. */
    static String twoDates(LocalDate first, LocalDate second) {
        if (first.getYear() != second.getYear()) {
            return human(first) + " and " + human(second);
        }
        if (first.getMonth() != second.getMonth()) {
            return first.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)) + " and " + human(second);
        }
        return first.getDayOfMonth() + " and " + human(second);
    }

    /** 10 h, 9 h 30 min, 45 min */
    static String hours(long minutes) {
        long h = minutes / 60, min = minutes % 60;
        if (h == 0) {
            return min + " min";
        }
        return min == 0 ? h + " h" : h + " h " + min + " min";
    }

    /** 10,680 km: rounded to ten kilometres. */
    static String distance(double km) {
        long rounded = km < 10 ? Math.round(km) : Math.round(km / 10) * 10;
        return String.format(Locale.ENGLISH, "%,d km", rounded);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
