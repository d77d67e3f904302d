package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Shot;
import witness.interview.Interview;
import witness.testing.Dossiers;
import witness.testing.FilmCopies;

/** The schedules/ folder round-trips: a changed shoot day comes back identical through export and import. */
@QuarkusTest
class ScheduleRoundTripTest {

    /** What a day holds, by keys, so that two films' days compare. */
    record Day(String date, String location, String call, String wrap, List<String> calls, String travel,
            String notes, List<String> interviews, List<String> shots) {
        static Day of(ShootDay d) {
            return new Day(d.date.toString(), d.location == null ? null : d.location.key, String.valueOf(d.callTime),
                    String.valueOf(d.wrapTime),
                    d.called().stream().map(c -> c.person.key + "@" + c.callTime + ":" + c.notes).toList(), d.travel,
                    d.notes,
                    d.interviews.stream().map(i -> i.key).toList(), d.shots.stream().map(s -> s.key).toList());
        }
    }

    static List<Day> days(String slug, String schedule) {
        return ScheduleDays.read(() -> ShootDay.<ShootDay>list(
                "schedule.film.slug = ?1 and schedule.key = ?2 order by date, id", slug, schedule)
                .stream().map(Day::of).toList());
    }

    @Test
    void aChangedShootDayComesBackIdenticalThroughTheDossier() {
        String slug = FilmCopies.ofSerge("schedule-trip");
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-08", day -> {
            Film film = day.schedule.film;
            ScheduleDays.call(day, "vlady", "07:45").notes = "Gaffer — Élodie drives him, with taxi";
            ScheduleDays.call(day, "jeannine", null);
            day.notes = "Dusk on the Zócalo: \"golden hour\" only.\nSecond line: bring the 1947 map.";
            day.travel = "Taxi: from the hotel at 10:15";
            day.shots.add(0, Shot.byKey(film, "mexico-paricutin-1").orElseThrow());
            day.interviews.add(Interview.<Interview>find("film = ?1 and key = ?2", film, "vlady").firstResult());
        });
        List<Day> changed = days(slug, "mexico-shoot");
        assertThat(changed.stream().filter(d -> d.date().equals("1990-03-08")).findFirst().orElseThrow())
                .satisfies(d -> {
                    assertThat(d.shots()).startsWith("mexico-paricutin-1", "prologue-taxi-3");
                    assertThat(d.interviews()).containsExactly("vlady");
                });

        Map<String, String> files = Dossiers.download(slug);
        assertThat(files.get("schedules/mexico-shoot.yaml")).contains("Gaffer — Élodie", "mexico-paricutin-1",
                "golden hour");
        Dossiers.upload(files, slug + "-back").then().statusCode(201);

        assertThat(days(slug + "-back", "mexico-shoot")).isEqualTo(changed);
        assertThat(days(slug + "-back", "orenburg-shoot")).isEqualTo(days(slug, "orenburg-shoot"));
        Map<String, String> again = Dossiers.download(slug + "-back");
        assertThat(again.get("schedules/mexico-shoot.yaml")).isEqualTo(files.get("schedules/mexico-shoot.yaml"));
        assertThat(again.get("schedules/orenburg-shoot.yaml")).isEqualTo(files.get("schedules/orenburg-shoot.yaml"));
        assertThat(ScheduleDays.read(() -> Schedule.<Schedule>list("film.slug = ?1 order by key", slug + "-back")
                .stream().map(s -> s.key + "=" + s.name).toList()))
                .containsExactly("mexico-shoot=Mexico shoot", "orenburg-shoot=Orenburg shoot");
    }

    @Test
    void aScheduleFileWrittenBeforeCallsCallsWhomItsCrewNamesAndKeepsTheRestInTheNotes() {
        Map<String, String> files = new java.util.HashMap<>(Dossiers.download(witness.testing.SergeFilm.SLUG));
        String mexico = files.get("schedules/mexico-shoot.yaml");
        String calls = "    calls:\n      - person: vlady\n        call: 09:30:00\n";
        assertThat(mexico).contains(calls);
        files.put("schedules/mexico-shoot.yaml", mexico.replaceFirst(java.util.regex.Pattern.quote(calls),
                "    crew:\n      - vlady kibalchich\n      - Director\n      - Mexican fixer\n"));
        String slug = "schedule-old-crew-" + System.nanoTime();
        Dossiers.upload(files, slug).then().statusCode(201);

        ShootDay first = ScheduleDays.read(() -> {
            ShootDay d = ScheduleDays.find(slug, "mexico-shoot", "1990-03-05");
            d.calls.forEach(c -> c.person.name.length());
            return d;
        });
        assertThat(first.calls).extracting(c -> c.person.key + "@" + c.callTime).containsExactly("vlady@null");
        assertThat(first.notes).endsWith("\nCrew as written before calls: Director, Mexican fixer.");
    }
}
