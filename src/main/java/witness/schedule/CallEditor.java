package witness.schedule;

import static witness.core.Versioned.current;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import witness.core.Film;
import witness.person.Person;
import witness.web.FieldErrors;
import witness.web.WriteConflict;

/**
 * Who a shoot day calls: adding a person with their call time and notes, changing these, taking a call off. A person
 * is called once a day, and no one after the day's wrap; each write is checked whole before anything is touched.
 */
@ApplicationScoped
public class CallEditor {
    @Inject Validator validator;

    @Transactional
    public ShootDayCall add(Film film, String key, long dayId, CallInput input, FieldErrors errors) {
        ShootDay day = ScheduleEditor.findDay(ScheduleEditor.find(film, key), dayId);
        errors.validate(validator, input);
        Person person = person(film, input.person, errors);
        if (person != null && called(day, person) != null) {
            errors.add("person", person.name + " is already called on this day: change their call in the list");
        }
        problems(day, input.time()).forEach(p -> errors.add("call", p));
        errors.check();
        ShootDayCall call = new ShootDayCall();
        call.day = day;
        call.person = person;
        input.applyTo(call);
        day.calls.add(call);
        changed(day);
        WriteConflict.unlessNumberTaken(() -> {
            call.persist();
            ShootDayCall.flush();
        }, "shoot_day_call_once", person.name + " was called on this day"
                + " by someone else meanwhile. Nothing was saved: change their call in the list.");
        return call;
    }

    @Transactional
    public ShootDayCall update(Film film, String key, long dayId, String personKey, CallInput input,
            FieldErrors errors) {
        ShootDayCall call = current("call", find(film, key, dayId, personKey), input.version);
        errors.validate(validator, input);
        problems(call.day, input.time()).forEach(p -> errors.add("call", p));
        errors.check();
        input.applyTo(call);
        changed(call.day);
        call.flush();
        return call;
    }

    @Transactional
    public ShootDayCall remove(Film film, String key, long dayId, String personKey, Long version) {
        ShootDayCall call = current("call", find(film, key, dayId, personKey), version);
        // their call sheet link shows nothing of a day they are no longer called on (a bulk update: before the
        // call leaves the day, as it flushes)
        CallSheetLink.update("revokedAt = ?1 where day = ?2 and person = ?3 and revokedAt is null", Instant.now(),
                call.day, call.person);
        changed(call.day);
        call.day.calls.remove(call);
        ShootDayCall.flush();
        return call;
    }

    /** A change of who is called, or when, is a change of the day: its version (the .ics SEQUENCE) rises. */
    private static void changed(ShootDay day) {
        ShootDay.getEntityManager().lock(day, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** The call of this person on the day, or 404. */
    public static ShootDayCall find(Film film, String key, long dayId, String personKey) {
        ShootDay day = ScheduleEditor.findDay(ScheduleEditor.find(film, key), dayId);
        return day.calls.stream().filter(c -> c.person.key.equals(personKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("No one with the key '" + personKey + "' is called on "
                        + witness.web.Formats.human(day.date) + "."));
    }

    /** What is wrong with calling someone at this time (null: the day's call) on the day; empty when nothing. */
    public static List<String> problems(ShootDay day, LocalTime time) {
        if (time != null && day.wrapTime != null && !time.isBefore(day.wrapTime)) {
            return List.of("must be before the day's wrap (" + ShootDayInput.hhmm(day.wrapTime) + ")");
        }
        return List.of();
    }

    /** The calls with their own time at or after this wrap, as the wrap field's messages. */
    static List<String> calledAfter(ShootDay day, LocalTime wrap) {
        if (wrap == null) {
            return List.of();
        }
        return day.called().stream().filter(c -> c.callTime != null && !c.callTime.isBefore(wrap))
                .map(c -> c.person.name + " is called at " + c.clock() + ": the wrap must be after it").toList();
    }

    private static ShootDayCall called(ShootDay day, Person person) {
        return day.calls.stream().filter(c -> c.person.id.equals(person.id)).findFirst().orElse(null);
    }

    private static Person person(Film film, String key, FieldErrors errors) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return Person.byKey(film, key.strip()).orElseGet(() -> {
            errors.add("person", "this film has no person with the key '" + key.strip() + "'");
            return null;
        });
    }
}
