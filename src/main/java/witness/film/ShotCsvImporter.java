package witness.film;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import witness.core.Film;

/**
 * Imports a shot list CSV into a film, all or nothing.
 *
 * <ul>
 * <li>The first row is the header and names the columns of {@link ShotCsv#COLUMNS} in any order;
 * {@code number}, {@code sequence title} and {@code scene title} may be left out (the number
 * follows from the order and is ignored). A column it does not know is an error. A byte-order
 * mark and empty lines are skipped.</li>
 * <li>Each further row is a shot. A {@code shot} key this film has: that shot is updated, every
 * column replacing its field (an empty cell empties the field; an empty status is planned), and
 * it moves to the row's scene. An empty {@code shot}: a new shot with the key
 * {@code {scene}-{n}}. A key the film does not have: a new shot with that key (lower-case letters
 * and digits joined by hyphens).</li>
 * <li>A {@code sequence} or {@code scene} key the film does not have creates it, with the title
 * of its {@code sequence title} / {@code scene title} cell (then required); new sequences go last
 * in the film, new scenes last in their sequence, in the order the file names them. Titles of
 * existing sequences and scenes are not changed. A scene that exists in another sequence than
 * the row says is an error.</li>
 * <li>The rows' order is the order of the shots in each scene they name; shots of those scenes
 * that the file leaves out follow them in their former order. Shots are never deleted.</li>
 * <li>{@code kind} is required; kinds, audio, framing, movement and status are written as their
 * codes ({@code archive-photograph}, {@code voice-over}, {@code cu}); {@code seconds} is a whole
 * number from 0 to 36000, or {@code m:ss}; {@code location}, {@code interviewee} and
 * {@code source} are keys the film has.</li>
 * <li>Every row is checked before anything is written: one bad row refuses the whole file with
 * every error, by line of the file (the header is line 1) and column.</li>
 * </ul>
 */
@ApplicationScoped
public class ShotCsvImporter {
    @Inject Validator validator;

    /** What an import changed. */
    public record Result(int created, int updated, int sequencesCreated, int scenesCreated) {
    }

    /** Imports the file into the film, or throws {@link ShotCsv.Refused} having written nothing. */
    @Transactional
    public Result importCsv(Film film, byte[] file) {
        ShotEditor.oneAtATime(film);
        ShotCsvPlan plan = ShotCsvPlan.check(film, ShotCsv.read(file), validator);
        return write(plan);
    }

    private Result write(ShotCsvPlan plan) {
        Map<String, Sequence> sequences = new HashMap<>(plan.sequences);
        List<Object> added = new ArrayList<>();
        int lastSequence = plan.sequences.size();
        for (ShotCsvPlan.New n : plan.newSequences.values()) {
            Sequence sequence = new Sequence();
            sequence.film = plan.film;
            sequence.key = n.key;
            sequence.title = n.title;
            sequence.position = ++lastSequence;
            sequence.persist();
            sequences.put(n.key, sequence);
            added.add(sequence);
        }
        Map<String, Scene> scenes = new HashMap<>(plan.scenes);
        Map<Sequence, Integer> lastScene = new HashMap<>();
        plan.scenes.values().forEach(s -> lastScene.merge(s.sequence, s.position, Math::max));
        for (ShotCsvPlan.New n : plan.newScenes.values()) {
            Scene scene = new Scene();
            scene.sequence = sequences.get(n.sequenceKey);
            scene.key = n.key;
            scene.title = n.title;
            scene.status = SceneStatus.DRAFT;
            scene.position = lastScene.merge(scene.sequence, 1, Integer::sum);
            scene.persist();
            scenes.put(n.key, scene);
            added.add(scene);
        }

        Map<Scene, List<Shot>> before = new LinkedHashMap<>();
        plan.shots.forEach(s -> before.computeIfAbsent(s.scene, k -> new ArrayList<>()).add(s));
        Map<Scene, List<Shot>> inFile = new LinkedHashMap<>();
        Set<Scene> touched = new LinkedHashSet<>();
        int created = 0, updated = 0;
        for (ShotCsvPlan.Planned row : plan.planned) {
            Scene scene = scenes.get(row.sceneKey());
            Shot shot = row.existing();
            if (shot == null) {
                shot = new Shot();
                shot.key = row.key() != null ? row.key() : nextKey(scene, before, inFile, plan.takenKeys);
                copy(row.values(), shot);
                shot.scene = scene;
                shot.position = Integer.MAX_VALUE;
                shot.persist();
                added.add(shot);
                created++;
            } else {
                touched.add(shot.scene);
                copy(row.values(), shot);
                shot.scene = scene;
                updated++;
            }
            inFile.computeIfAbsent(scene, k -> new ArrayList<>()).add(shot);
        }
        touched.addAll(inFile.keySet());
        Set<Shot> listed = new HashSet<>();
        inFile.values().forEach(listed::addAll);
        for (Scene scene : touched) {
            List<Shot> order = new ArrayList<>(inFile.getOrDefault(scene, List.of()));
            before.getOrDefault(scene, List.of()).stream().filter(s -> !listed.contains(s)).forEach(order::add);
            for (int i = 0; i < order.size(); i++) {
                order.get(i).position = i + 1;
            }
        }
        numberAdded(added);
        return new Result(created, updated, plan.newSequences.size(), plan.newScenes.size());
    }

    /** On a locked script what the file adds is lettered in place: sequences, then scenes, then shots in order. */
    private static void numberAdded(List<Object> added) {
        added.stream().filter(Sequence.class::isInstance).map(Sequence.class::cast).forEach(Numbering::number);
        added.stream().filter(Scene.class::isInstance).map(Scene.class::cast).forEach(Numbering::number);
        added.stream().filter(Shot.class::isInstance).map(Shot.class::cast)
                .sorted(Comparator.comparing((Shot s) -> s.scene.id).thenComparingInt(s -> s.position))
                .forEach(Numbering::number);
    }

    private static void copy(Shot values, Shot shot) {
        shot.kind = values.kind;
        shot.description = values.description;
        shot.audio = values.audio;
        shot.framing = values.framing;
        shot.movement = values.movement;
        shot.seconds = values.seconds;
        shot.location = values.location;
        shot.person = values.person;
        shot.source = values.source;
        shot.status = values.status;
        shot.notes = values.notes;
    }

    /** {scene}-{n}, n from the scene's number of shots on, the first no shot of the film or file has. */
    private static String nextKey(Scene scene, Map<Scene, List<Shot>> before, Map<Scene, List<Shot>> inFile,
            Set<String> taken) {
        String base = scene.key.length() > 70 ? scene.key.substring(0, 70).replaceAll("-+$", "") : scene.key;
        int n = Math.max(before.getOrDefault(scene, List.of()).size(), inFile.getOrDefault(scene, List.of()).size())
                + 1;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        String key = base + "-" + n;
        taken.add(key);
        return key;
    }
}
