package witness.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.film.ShotKind;
import witness.location.Location;
import witness.person.Person;
import witness.person.PersonRole;
import witness.source.Source;

/** Films of any size for tests that measure how the app scales: n shots, ten to a scene. */
public final class FilmBuilder {
    private FilmBuilder() {
    }

    public static String withShots(String slug, int shots) {
        QuarkusTransaction.requiringNew().run(() -> build(slug, shots));
        return slug;
    }

    private static void build(String slug, int shots) {
        Film film = new Film();
        film.slug = slug;
        film.title = "A film of " + shots + " shots";
        film.targetMinutes = 60;
        film.persist();
        Location location = new Location();
        location.film = film;
        location.key = "orenburg-street";
        location.name = "A street in Orenburg";
        location.persist();
        Person person = new Person();
        person.film = film;
        person.key = "vlady";
        person.name = "Vlady Kibalchich";
        person.relation = "son";
        person.role = PersonRole.INTERVIEWEE;
        person.persist();
        Source source = new Source();
        source.film = film;
        source.key = "memoirs";
        source.type = "book";
        source.title = "Memoirs of a Revolutionary";
        source.persist();
        Sequence sequence = null;
        Scene scene = null;
        for (int i = 0; i < shots; i++) {
            if (i % 100 == 0) {
                sequence = new Sequence();
                sequence.film = film;
                sequence.position = i / 100 + 1;
                sequence.key = "sequence-" + sequence.position;
                sequence.title = "Sequence " + sequence.position;
                sequence.persist();
            }
            if (i % 10 == 0) {
                scene = new Scene();
                scene.sequence = sequence;
                scene.position = i % 100 / 10 + 1;
                scene.key = sequence.key + "-scene-" + scene.position;
                scene.title = "Scene " + scene.position;
                scene.persist();
            }
            Shot shot = new Shot();
            shot.scene = scene;
            shot.position = i % 10 + 1;
            shot.key = scene.key + "-" + shot.position;
            shot.kind = ShotKind.values()[i % ShotKind.values().length];
            shot.description = "Shot " + (i + 1);
            shot.seconds = 10;
            shot.location = location;
            shot.person = i % 2 == 0 ? person : null;
            shot.source = i % 3 == 0 ? source : null;
            shot.persist();
        }
    }
}
