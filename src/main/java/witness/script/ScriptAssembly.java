package witness.script;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.film.ShotAudio;
import witness.film.ShotStatus;
import witness.interview.Testimony;
import witness.film.Citation;
import witness.film.Footnotes.Footnote;
import witness.film.Footnotes;
import witness.source.Source;
import witness.script.ShootingScript.Audio;
import witness.script.ShootingScript.Bite;
import witness.script.ShootingScript.Cue;
import witness.script.ShootingScript.Narration;
import witness.script.ShootingScript.Part;
import witness.script.ShootingScript.Row;
import witness.script.ShootingScript.ScriptScene;

/**
 * Builds the shooting script of a film from its scenes, shots, paper edit and citations, in a fixed number
 * of queries whatever the film's size.
 *
 * <p>How the two columns are paired: a sync shot of a person carries that person's next bites from the
 * scene's paper edit (its last sync shot of the person takes all that remain); a shot that shows the source of a
 * written testimony (Gorkin's page on screen) carries its reading, the same way; the scene's narration is
 * shared out, paragraph by paragraph and in order, over its other voice-over shots (the earlier ones take the
 * extra paragraphs; one paragraph goes with the first voice-over shot). A voice-over shot left without words says
 * that narration continues only when it follows a shot whose narration it continues. Bites and narration left
 * without a shot follow the shots as rows without a picture, so that nothing written is lost.
 */
public final class ScriptAssembly {
    private ScriptAssembly() {
    }

    public static ShootingScript of(Film film, ScriptOptions options, LocalDate date) {
        Data data = Data.load(film, options);
        List<Draft> drafts = new ArrayList<>();
        for (Scene scene : data.scenes) {
            drafts.add(draft(scene, data, options));
        }
        List<Citation> reading = new ArrayList<>();
        drafts.forEach(d -> reading.addAll(d.citations));
        List<Footnote> notes = options.citations() ? Footnotes.of(reading) : List.of();
        Map<Long, Footnote> byCitation = new HashMap<>();
        notes.forEach(n -> byCitation.put(n.citation().id, n));

        Map<Sequence, List<ScriptScene>> parts = new LinkedHashMap<>();
        int cumulative = 0;
        for (Draft d : drafts) {
            cumulative += d.seconds;
            parts.computeIfAbsent(d.scene.sequence, s -> new ArrayList<>()).add(d.finish(byCitation, cumulative));
        }
        List<Part> sequences = parts.entrySet().stream().map(e -> new Part(e.getKey(), e.getValue())).toList();
        if (film.numbersLocked()) {
            sequences = OmittedPlaces.merged(film, options, sequences, Sequence.ofFilm(film));
        }
        return new ShootingScript(film, options, date, sequences, cumulative);
    }

    private static Draft draft(Scene scene, Data data, ScriptOptions options) {
        List<Shot> shots = data.shots.getOrDefault(scene.id, List.of()).stream()
                .filter(s -> options.dropped() || s.status != ShotStatus.DROPPED).toList();
        Voices voices = new Voices(data.bites.getOrDefault(scene.id, List.of()));
        Deque<String> narration = new ArrayDeque<>(paragraphs(scene.narration));
        long voiceOvers = shots.stream().filter(s -> s.audio == ShotAudio.VOICE_OVER && !voices.heardIn(s)).count();
        long paragraphs = narration.size();

        List<Row> rows = new ArrayList<>();
        int voiceOver = 0;
        boolean narrating = false;
        for (int i = 0; i < shots.size(); i++) {
            Shot shot = shots.get(i);
            List<Audio> audio = new ArrayList<>(voices.takenBy(shot, shots.subList(i + 1, shots.size())));
            boolean narrated = false;
            if (audio.isEmpty() && shot.audio == ShotAudio.VOICE_OVER) {
                voiceOver++;
                long upTo = (paragraphs * voiceOver + voiceOvers - 1) / voiceOvers;
                while (!narration.isEmpty() && paragraphs - narration.size() < upTo) {
                    audio.add(new Narration(narration.poll()));
                }
                narrated = !audio.isEmpty() || narrating;
                if (audio.isEmpty()) {
                    audio.add(new Cue(narrating ? "VOICE-OVER (narration continues)" : "VOICE-OVER (no narration written)"));
                }
            }
            narrating = narrated;
            if (audio.isEmpty() && shot.audio != null) {
                audio.add(new Cue(shot.audio.label().toUpperCase()));
            }
            rows.add(new Row(shot, audio, List.of()));
        }
        voices.left().forEach(t -> rows.add(new Row(null, List.of(new Bite(t)), List.of())));
        if (!narration.isEmpty()) {
            rows.add(new Row(null, narration.stream().<Audio>map(Narration::new).toList(), List.of()));
        }
        List<Citation> citations = data.citations.getOrDefault(scene.id, List.of());
        ClaimPlaces places = ClaimPlaces.of(citations.stream().filter(c -> c.shot == null).toList(), rows);
        return new Draft(scene, rows, places, readingOrder(citations, rows, places), seconds(scene, shots));
    }

    /**
     * The citations in the order a reader meets their marks: the scene heading's, then row by row the shot's and
     * those of the words heard with it.
     */
    private static List<Citation> readingOrder(List<Citation> citations, List<Row> rows, ClaimPlaces places) {
        List<Citation> order = new ArrayList<>(places.heading());
        for (Row row : rows) {
            if (row.shot() != null) {
                citations.stream().filter(c -> c.shot != null && c.shot.id.equals(row.shot().id)).forEach(order::add);
            }
            order.addAll(places.heardIn(row));
        }
        return order;
    }

    /** The shots' estimates (dropped shots count for nothing), or the scene's estimate when none has one. */
    static int seconds(Scene scene, List<Shot> shots) {
        int sum = shots.stream().filter(s -> s.status != ShotStatus.DROPPED && s.seconds != null)
                .mapToInt(s -> s.seconds).sum();
        boolean timed = shots.stream().anyMatch(s -> s.status != ShotStatus.DROPPED && s.seconds != null);
        return timed ? sum : scene.estimatedSeconds == null ? 0 : scene.estimatedSeconds;
    }

    /** Paragraphs are separated by a blank line; a paragraph keeps its own line breaks. */
    static List<String> paragraphs(String narration) {
        if (narration == null || narration.isBlank()) {
            return List.of();
        }
        return Arrays.stream(narration.strip().split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /**
     * The scene's paper edit as the shots take it: an interview's bites by the person a sync shot shows, a written
     * testimony's readings by the source a voice-over shot shows, each voice in the paper edit's order.
     */
    private static final class Voices {
        private final Map<String, Deque<Testimony>> waiting = new LinkedHashMap<>();
        private final Map<Testimony, Integer> order = new HashMap<>();

        Voices(List<Testimony> paperEdit) {
            for (Testimony t : paperEdit) {
                order.put(t, order.size());
                String voice = t.interview == null && t.source != null ? "source " + t.source.id : "person " + t.person.id;
                waiting.computeIfAbsent(voice, k -> new ArrayDeque<>()).add(t);
            }
        }

        /** Whether the shot carries words of the paper edit rather than narration. */
        boolean heardIn(Shot shot) {
            return waiting.containsKey(voice(shot));
        }

        /** The bites or readings this shot carries: the next one, or all that remain when no later shot takes them. */
        List<Bite> takenBy(Shot shot, List<Shot> later) {
            String voice = voice(shot);
            Deque<Testimony> own = waiting.get(voice);
            if (own == null) {
                return List.of();
            }
            boolean last = later.stream().noneMatch(s -> voice.equals(voice(s)));
            List<Bite> taken = new ArrayList<>();
            do {
                taken.add(new Bite(own.poll()));
            } while (last && !own.isEmpty());
            if (own.isEmpty()) {
                waiting.remove(voice);
            }
            return taken;
        }

        /** What no shot took, in the paper edit's order. */
        List<Testimony> left() {
            List<Testimony> left = new ArrayList<>();
            waiting.values().forEach(left::addAll);
            left.sort(Comparator.comparing(order::get));
            return left;
        }

        /** A sync shot is heard from the person it shows; a voice-over shot reads the source it shows. */
        private static String voice(Shot shot) {
            if (shot.audio == ShotAudio.SYNC && shot.person != null) {
                return "person " + shot.person.id;
            }
            if (shot.audio == ShotAudio.VOICE_OVER && shot.source != null) {
                return "source " + shot.source.id;
            }
            return "";
        }
    }

    /** A scene before its footnotes are numbered. */
    private record Draft(Scene scene, List<Row> rows, ClaimPlaces places, List<Citation> citations, int seconds) {
        ScriptScene finish(Map<Long, Footnote> notes, int cumulative) {
            List<Footnote> own = citations.stream().map(c -> notes.get(c.id)).filter(n -> n != null).toList();
            List<Integer> heading = places.heading().stream().map(c -> notes.get(c.id)).filter(n -> n != null)
                    .map(Footnote::number).toList();
            List<Row> marked = rows.stream().map(r -> places.marked(r, notes)).map(r -> r.shot() == null ? r
                    : new Row(r.shot(), r.audio(), own.stream().filter(n -> n.citation().shot != null
                            && n.citation().shot.id.equals(r.shot().id)).map(Footnote::number).toList()))
                    .toList();
            return new ScriptScene(scene, heading, marked, own, seconds, cumulative);
        }
    }

    /** What the script is made of, in five queries. */
    private record Data(List<Scene> scenes, Map<Long, List<Shot>> shots, Map<Long, List<Testimony>> bites,
            Map<Long, List<Citation>> citations) {

        static Data load(Film film, ScriptOptions options) {
            List<Scene> scenes = Scene.<Scene>list("from Scene s join fetch s.sequence q where q.film = ?1"
                    + " order by q.position, s.position", film).stream().filter(options::includes).toList();
            if (scenes.isEmpty()) {
                return new Data(scenes, Map.of(), Map.of(), Map.of());
            }
            Map<Long, List<Shot>> shots = new HashMap<>();
            Shot.<Shot>list("from Shot s left join fetch s.location left join fetch s.person left join fetch s.source"
                    + " where s.scene in ?1 order by s.position", scenes)
                    .forEach(s -> shots.computeIfAbsent(s.scene.id, k -> new ArrayList<>()).add(s));
            Map<Long, List<Testimony>> bites = new HashMap<>();
            Testimony.getEntityManager().createQuery("select s.id, t from Scene s join s.testimonies t"
                    + " join fetch t.person left join fetch t.source left join fetch t.interview ti"
                    + " left join fetch ti.location left join fetch t.clip"
                    + " where s in :scenes order by s.id, index(t)", Object[].class)
                    .setParameter("scenes", scenes).getResultList()
                    .forEach(r -> bites.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Testimony) r[1]));
            Map<Long, List<Citation>> citations = new HashMap<>();
            Citation.<Citation>list("from Citation c left join fetch c.source left join fetch c.testimony t"
                    + " left join fetch t.person left join fetch t.source left join fetch t.interview ti"
                    + " left join fetch ti.location left join fetch t.clip"
                    + " left join fetch c.shot where c.scene in ?1 order by c.position", scenes)
                    .forEach(c -> citations.computeIfAbsent(c.scene.id, k -> new ArrayList<>()).add(c));
            // the footnotes name the authors: every cited source's names at once, not a batch per 64 sources
            Source.list("select distinct s from Source s left join fetch s.names where s.id in"
                    + " (select c.source.id from Citation c where c.scene in ?1) or s.id in"
                    + " (select t.source.id from Citation c join c.testimony t where c.scene in ?1)", scenes);
            return new Data(scenes, shots, bites, citations);
        }
    }
}
