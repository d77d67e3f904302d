package witness.schedule;

import static witness.core.Versioned.current;
import static witness.web.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import witness.core.Film;
import witness.core.Keys;
import witness.film.Shot;
import witness.interview.Interview;
import witness.interview.InterviewStatus;
import witness.location.Location;
import witness.web.FieldErrors;
import witness.web.Formats;
import witness.web.Invalid;
import witness.web.WriteConflict;

/**
 * Every change to a film's schedules: schedules and their settings, shoot days, what each day
 * films and in which order, and the days a suggestion makes. Each write is validated field by
 * field and version-checked, and saved whole or not at all. Two days of one schedule may not share
 * a date: a schedule is one crew's days, and its stripboard and suggestion count one day per date.
 */
@ApplicationScoped
public class ScheduleEditor {
    @Inject Validator validator;

    public static Schedule find(Film film, String key) {
        return Keys.found(Schedule.byKey(film, key), "schedule", key);
    }

    public static ShootDay findDay(Schedule schedule, long id) {
        return ShootDay.<ShootDay> find("id = ?1 and schedule = ?2", id, schedule).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("The schedule “" + schedule.name + "” has no shoot day " + id + "."));
    }

    // ----- schedules

    @Transactional
    public Schedule createSchedule(Film film, ScheduleInput input, FieldErrors errors) {
        Schedule s = new Schedule();
        s.film = film;
        Predicate<String> taken = k -> Schedule.byKey(film, k).isPresent();
        s.key = Keys.requested(blankToNull(input.key), () -> Keys.fromTitle(input.name, taken), taken, "schedule",
                "mexico-shoot", errors);
        input.applyTo(s);
        errors.validate(validator, input).validate(validator, s).check();
        s.persist();
        s.flush();
        return s;
    }

    /** Renames the schedule and changes its settings; its key (its file name) stays. */
    @Transactional
    public Schedule updateSchedule(Film film, String key, ScheduleInput input, FieldErrors errors) {
        Schedule s = current("schedule", find(film, key), input.version);
        // Checked on a copy: a refused input leaves the stored schedule untouched.
        Schedule check = new Schedule();
        check.film = film;
        check.key = s.key;
        input.applyTo(check);
        errors.validate(validator, input).validate(validator, check).check();
        input.applyTo(s);
        s.flush();
        return s;
    }

    /** Deletes the schedule and all its days; answers how many days went. */
    @Transactional
    public int deleteSchedule(Film film, String key, Long version) {
        Schedule s = current("schedule", find(film, key), version);
        List<ShootDay> days = ShootDay.ofSchedule(s);
        days.forEach(ShootDay::delete);
        s.delete();
        Schedule.flush();
        return days.size();
    }

    // ----- shoot days

    @Transactional
    public ShootDay createDay(Film film, String key, ShootDayInput input, FieldErrors errors) {
        Schedule s = find(film, key);
        ShootDay day = new ShootDay();
        day.schedule = s;
        apply(film, day, input, errors);
        day.persist();
        day.flush();
        return day;
    }

    @Transactional
    public ShootDay updateDay(Film film, String key, long id, ShootDayInput input, FieldErrors errors) {
        ShootDay day = current("shoot day", findDay(find(film, key), id), input.version);
        apply(film, day, input, errors);
        day.flush();
        return day;
    }

    /** Deletes a day; its shots and interviews go back to the stripboard. */
    @Transactional
    public ShootDay deleteDay(Film film, String key, long id, Long version) {
        ShootDay day = current("shoot day", findDay(find(film, key), id), version);
        day.delete();
        ShootDay.flush();
        return day;
    }

    /**
     * Looks everything up and checks the day the input would make on a copy before changing the day, so that no
     * query flushes a half-changed day and a refused input leaves it untouched.
     */
    private void apply(Film film, ShootDay day, ShootDayInput input, FieldErrors errors) {
        errors.validate(validator, input);
        ShootDay check = new ShootDay();
        check.schedule = day.schedule;
        input.applyTo(check);
        if (check.date != null && ShootDay.count("schedule = ?1 and date = ?2 and id <> ?3", day.schedule,
                check.date, day.id == null ? -1L : day.id) > 0) {
            errors.add("date", "this schedule already has a day on " + Formats.human(check.date));
        }
        String locationKey = blankToNull(input.location);
        Location location = locationKey == null ? null : Location.byKey(film, locationKey).orElseGet(() -> {
            errors.add("location", "this film has no location with the key '" + locationKey + "'");
            return null;
        });
        if (check.callTime != null && check.wrapTime != null && !check.wrapTime.isAfter(check.callTime)) {
            errors.add("wrap", "must be after the call time (" + ShootDayInput.hhmm(check.callTime) + ")");
        }
        CallEditor.calledAfter(day, check.wrapTime).forEach(message -> errors.add("wrap", message));
        errors.validate(validator, check).check();
        input.applyTo(day);
        day.location = location;
    }

    // ----- what the days film

    /**
     * Puts a shot on a day of the schedule at the 1-based position (null or past the end: last),
     * taking it off any other day of this schedule; with no day, takes it back to the stripboard.
     * Other schedules keep it: they are alternatives.
     */
    @Transactional
    public ShootDay moveShot(Film film, String key, String shotKey, String dayId, Integer position) {
        Schedule s = find(film, key);
        Shot shot = Keys.found(Shot.byKey(film, shotKey), "shot", shotKey);
        return move(s, shot, "shots", day -> day.shots, day(s, dayId), position);
    }

    /** As {@link #moveShot}, for an interview; a declined interview is not filmed. */
    @Transactional
    public ShootDay moveInterview(Film film, String key, String interviewKey, String dayId, Integer position) {
        Schedule s = find(film, key);
        Interview interview = Keys.found(Interview.byKey(film, interviewKey), "interview", interviewKey);
        ShootDay target = day(s, dayId);
        if (target != null && interview.status == InterviewStatus.DECLINED) {
            throw new Invalid("interview", "the interview with " + interview.interviewee() + " was declined");
        }
        return move(s, interview, "interviews", day -> day.interviews, target, position);
    }

    /**
     * Takes the item off the days of the schedule whose collection of this name holds it, and puts it on the target
     * day at the 1-based position (null or past the end: last); with no target day, it stays off them all.
     */
    private static <T extends PanacheEntity> ShootDay move(Schedule s, T item, String collection,
            Function<ShootDay, List<T>> items, ShootDay target, Integer position) {
        List<ShootDay> holding = ShootDay.list("select d from ShootDay d join d." + collection + " x"
                + " where d.schedule = ?1 and x = ?2", s, item);
        if (target == null && holding.isEmpty()) {
            // A strip's form sent without a day chosen: nothing to take back, and nothing booked silently.
            throw new Invalid("day", "choose the day to schedule it on");
        }
        for (ShootDay d : holding) {
            items.apply(d).removeIf(x -> x.id.equals(item.id));
        }
        if (target != null) {
            place(items.apply(target), item, position);
        }
        ShootDay.flush();
        return target;
    }

    private static ShootDay day(Schedule s, String dayId) {
        String id = blankToNull(dayId);
        if (id == null) {
            return null;
        }
        try {
            ShootDay day = ShootDay.findById(Long.valueOf(id));
            if (day != null && day.schedule.id.equals(s.id)) {
                return day;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Invalid("day", "the schedule “" + s.name + "” has no shoot day '" + dayId + "'");
    }

    private static <T> void place(List<T> items, T item, Integer position) {
        int index = position == null ? items.size() : Math.max(0, Math.min(position - 1, items.size()));
        items.add(index, item);
    }

    // ----- the suggestion

    /**
     * Saves the days the suggestion previewed. The preview listed the shots it planned; if the
     * stripboard has changed since, the days would differ, so nothing is saved and the user sees
     * the new preview.
     */
    @Transactional
    public List<ShootDay> confirmSuggestion(Film film, String key, LocalDate start, List<String> previewed) {
        Schedule s = find(film, key);
        if (start == null) {
            throw new Invalid("start", "is required: the date of the first suggested day");
        }
        List<Shot> shots = SchedulePlan.unscheduledShots(s);
        List<String> now = shots.stream().map(x -> x.key).toList();
        if (!Objects.equals(now, previewed)) {
            throw new WriteConflict("The shots to schedule have changed since the suggestion was shown. Nothing was"
                    + " saved: look at the new suggestion and confirm it again.");
        }
        List<ShootDay> made = new ArrayList<>();
        for (DaySuggestion.Day<Shot> suggested : SchedulePlan.suggest(s, shots, start)) {
            if (ShootDay.count("schedule = ?1 and date = ?2", s, suggested.date()) > 0) {
                throw new Invalid("start", "the schedule already has a day on " + Formats.human(suggested.date())
                        + ": start the suggested days after it");
            }
            ShootDay day = new ShootDay();
            day.schedule = s;
            day.date = suggested.date();
            day.location = suggested.items().get(0).location;
            day.shots = new ArrayList<>(suggested.items());
            day.persist();
            made.add(day);
        }
        ShootDay.flush();
        return made;
    }
}
