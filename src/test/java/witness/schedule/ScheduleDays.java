package witness.schedule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import witness.core.Film;
import witness.person.CrewRole;
import witness.person.Person;
import witness.person.PersonRole;
import witness.testing.SergeFilm;

/** Shoot days of a film's schedule, read or changed in transactions of their own. */
final class ScheduleDays {
    private ScheduleDays() {
    }

    static ShootDay find(String slug, String schedule, String date) {
        return ShootDay.<ShootDay>find("schedule.film.slug = ?1 and schedule.key = ?2 and date = ?3", slug, schedule,
                LocalDate.parse(date)).firstResult();
    }

    /** Changes a day of a film (a copy: never victor-serge) and commits. */
    static void change(String slug, String schedule, String date, Consumer<ShootDay> change) {
        if (slug.equals(SergeFilm.SLUG)) {
            throw new IllegalArgumentException("change a copy of the Serge film, not the film itself");
        }
        QuarkusTransaction.requiringNew().run(() -> change.accept(find(slug, schedule, date)));
    }

    /** Calls a person of the day's film (by key) on the day, at their own time (null: the day's); inside a change. */
    static ShootDayCall call(ShootDay day, String personKey, String time) {
        ShootDayCall call = new ShootDayCall();
        call.day = day;
        call.person = Person.byKey(day.schedule.film, personKey).orElseThrow();
        call.callTime = time == null ? null : LocalTime.parse(time);
        day.calls.add(call);
        call.persist();
        return call;
    }

    /** Adds a crew member to a film (a copy: never victor-serge), committed. */
    static void crew(String slug, String key, String name, CrewRole role) {
        if (slug.equals(SergeFilm.SLUG)) {
            throw new IllegalArgumentException("change a copy of the Serge film, not the film itself");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Person p = new Person();
            p.film = Film.find("slug", slug).firstResult();
            p.key = key;
            p.name = name;
            p.relation = "crew of the film";
            p.role = PersonRole.CREW;
            p.crewRole = role;
            p.persist();
        });
    }

    static <T> T read(java.util.function.Supplier<T> query) {
        return SergeFilm.query(query);
    }
}
