package witness.schedule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.function.Consumer;
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

    static <T> T read(java.util.function.Supplier<T> query) {
        return SergeFilm.query(query);
    }
}
