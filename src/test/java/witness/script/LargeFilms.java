package witness.script;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import witness.core.Film;
import witness.film.Framing;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.film.ShotAudio;
import witness.film.ShotKind;
import witness.film.ShotStatus;
import witness.interview.Interview;
import witness.interview.InterviewStatus;
import witness.interview.Testimony;
import witness.person.Person;
import witness.person.PersonRole;
import witness.film.Citation;
import witness.source.Source;
import witness.source.SourceName;

/**
 * Films of any size for the script export tests, made in one transaction (the inserts go in batches):
 * every scene has two paragraphs of narration, a bite of an interview in its paper edit, a citation of its
 * sequence's source on the heading and one on its first shot; its shots take turns at sync, voice-over and
 * music, and every tenth is dropped. 40 × 15 × 10 is a film of 6,000 shots.
 */
public final class LargeFilms {
    private LargeFilms() {
    }

    /** Builds the film under its own slug and returns the slug. */
    public static String build(String slug, int sequences, int scenesEach, int shotsEach) {
        QuarkusTransaction.requiringNew().timeout(120).run(() -> new Build(slug).film(sequences, scenesEach, shotsEach));
        return slug;
    }

    private static final class Build {
        private final Film film = new Film();
        private Person person;
        private Interview interview;

        Build(String slug) {
            film.slug = slug;
            film.title = "A film of many shots (" + slug + ")";
            film.broadcaster = "Channel Four";
            film.targetMinutes = 90;
        }

        void film(int sequences, int scenesEach, int shotsEach) {
            film.persist();
            person = new Person();
            person.film = film;
            person.key = "vlady";
            person.name = "Vlady Kibalchich";
            person.relation = "son";
            person.role = PersonRole.INTERVIEWEE;
            person.persist();
            interview = new Interview();
            interview.film = film;
            interview.key = "vlady-interview";
            interview.person = person;
            interview.status = InterviewStatus.FILMED;
            interview.persist();
            for (int q = 1; q <= sequences; q++) {
                sequence(q, scenesEach, shotsEach);
            }
        }

        private void sequence(int position, int scenes, int shots) {
            Sequence sequence = new Sequence();
            sequence.film = film;
            sequence.position = position;
            sequence.key = "sequence-" + position;
            sequence.title = "Sequence " + position;
            sequence.persist();
            Source source = new Source();
            source.film = film;
            source.key = "memoirs-" + position;
            source.type = "book";
            source.title = "Memoirs of a Revolutionary, part " + position;
            source.names = new ArrayList<>(List.of(new SourceName(SourceName.AUTHOR, "Serge", "Victor", null)));
            source.issued = "1951";
            source.persist();
            for (int s = 1; s <= scenes; s++) {
                scene(sequence, source, s, shots);
            }
        }

        private void scene(Sequence sequence, Source source, int position, int shots) {
            Scene scene = new Scene();
            scene.sequence = sequence;
            scene.position = position;
            scene.key = sequence.key + "-scene-" + position;
            scene.title = "Scene " + position + " of " + sequence.title;
            scene.narration = "Serge arrives in the town.\n\nThe winter closes in.";
            Testimony bite = new Testimony();
            bite.film = film;
            bite.key = scene.key + "-bite";
            bite.person = person;
            bite.interview = interview;
            bite.timecodeIn = "00:12:30";
            bite.timecodeOut = "00:13:05";
            bite.text = "My father wrote every night.";
            bite.persist();
            scene.testimonies.add(bite);
            scene.persist();
            Shot first = null;
            for (int i = 1; i <= shots; i++) {
                Shot shot = shot(scene, i);
                first = first == null ? shot : first;
            }
            cite(scene, null, source, 1);
            cite(scene, first, source, 2);
        }

        private Shot shot(Scene scene, int position) {
            Shot shot = new Shot();
            shot.scene = scene;
            shot.position = position;
            shot.key = scene.key + "-" + position;
            shot.kind = position % 3 == 1 ? ShotKind.INTERVIEW : ShotKind.values()[position % ShotKind.values().length];
            shot.audio = position % 3 == 1 ? ShotAudio.SYNC : position % 3 == 2 ? ShotAudio.VOICE_OVER : ShotAudio.MUSIC;
            shot.person = shot.audio == ShotAudio.SYNC ? person : null;
            shot.framing = Framing.values()[position % Framing.values().length];
            shot.description = "Shot " + position + " of " + scene.title;
            shot.seconds = 10;
            shot.status = position % 10 == 0 ? ShotStatus.DROPPED : ShotStatus.PLANNED;
            shot.persist();
            return shot;
        }

        private void cite(Scene scene, Shot shot, Source source, int position) {
            Citation citation = new Citation();
            citation.scene = scene;
            citation.shot = shot;
            citation.source = source;
            citation.position = position;
            citation.locator = "p. " + (position * 10);
            citation.persist();
        }
    }
}
