package witness.film;

import static witness.core.Versioned.current;
import static witness.film.ShotEditor.referenceOr;
import static witness.film.ShotEditor.required;
import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.function.Predicate;
import witness.core.Film;
import witness.core.Keys;
import witness.web.FieldErrors;

/** Every change to the film's sequences and scenes: validated, version-checked, renumbered. */
@ApplicationScoped
public class StructureEditor {
    @Inject Validator validator;
    @Inject Event<ShotsLeaving> shotsLeaving;
    @Inject Event<ScenesLeaving> scenesLeaving;

    public static Sequence sequence(Film film, String key) {
        return Keys.found(Sequence.byKey(film, key), "sequence", key);
    }

    public static Scene scene(Film film, String key) {
        return Keys.found(Scene.byKey(film, key), "scene", key);
    }

    /**
     * A 404 unless the film has the sequence, read without loading it: a page drawn after a write then reads
     * what the write stored, not what this request read before it.
     */
    public static void requireSequence(Film film, String key) {
        if (Sequence.count("film = ?1 and key = ?2", film, key) == 0) {
            throw new NotFoundException("This film has no sequence '" + key + "'.");
        }
    }

    /** A 404 unless the film has the scene, read without loading it (see {@link #requireSequence}). */
    public static void requireScene(Film film, String key) {
        if (Scene.count("key = ?1 and sequence.film = ?2", key, film) == 0) {
            throw new NotFoundException("This film has no scene '" + key + "'.");
        }
    }

    @Transactional
    public Sequence createSequence(Film film, SequenceInput input) {
        ShotEditor.oneAtATime(film);
        FieldErrors errors = new FieldErrors().validate(validator, input);
        Sequence sequence = new Sequence();
        sequence.film = film;
        input.applyTo(sequence);
        Predicate<String> taken = k -> Sequence.byKey(film, k).isPresent();
        sequence.key = Keys.requested(input.key, () -> Keys.fromTitle(input.title, taken), taken, "sequence", errors);
        errors.validate(validator, sequence).check();
        sequence.persist();
        Positions.place(Sequence.ofFilm(film), sequence, input.position, (s, p) -> s.position = p);
        Numbering.number(sequence);
        return sequence;
    }

    @Transactional
    public Sequence updateSequence(Film film, String key, SequenceInput input) {
        ShotEditor.oneAtATime(film);
        Sequence sequence = current("sequence", sequence(film, key), input.version);
        // Checked on a copy: a refused input leaves the stored sequence untouched.
        Sequence check = new Sequence();
        check.film = film;
        check.key = sequence.key;
        input.applyTo(check);
        new FieldErrors().validate(validator, input).validate(validator, check).check();
        input.applyTo(sequence);
        if (input.position != null) {
            Positions.place(Sequence.ofFilm(film), sequence, input.position, (s, p) -> s.position = p);
        }
        // Flush here, so that a concurrent change to the same version is refused as a conflict (409).
        sequence.flush();
        return sequence;
    }

    @Transactional
    public Sequence moveSequence(Film film, String key, Integer position) {
        ShotEditor.oneAtATime(film);
        Sequence sequence = sequence(film, key);
        checkPosition(position);
        Positions.place(Sequence.ofFilm(film), sequence, position, (s, p) -> s.position = p);
        return sequence;
    }

    public Deletion sequenceDeletion(Film film, String key) {
        return preview(Scene.ofSequence(sequence(film, key)));
    }

    /** Deletes the sequence with its scenes, and theirs shots and citations, unless it changed since {@code version}. */
    @Transactional
    public Deletion deleteSequence(Film film, String key, Long version) {
        ShotEditor.oneAtATime(film);
        Sequence sequence = current("sequence", sequence(film, key), version);
        Numbering.omit(sequence);
        Deletion deletion = deleteScenes(Scene.ofSequence(sequence));
        Positions.remove(Sequence.ofFilm(film), sequence, (s, p) -> s.position = p);
        sequence.delete();
        return deletion;
    }

    @Transactional
    public Scene createScene(Film film, SceneInput input) {
        ShotEditor.oneAtATime(film);
        FieldErrors errors = new FieldErrors().validate(validator, input);
        Sequence sequence = required(errors, "sequence", input.sequence, film, Sequence::byKey, "the scene");
        Scene scene = new Scene();
        scene.status = SceneStatus.DRAFT;
        input.applyTo(scene);
        Predicate<String> taken = k -> Scene.byKey(film, k).isPresent();
        scene.key = Keys.requested(input.key, () -> Keys.fromTitle(input.title, taken), taken, "scene", errors);
        errors.validate(validator, scene).check();
        scene.sequence = sequence;
        scene.persist();
        Positions.place(Scene.ofSequence(sequence), scene, input.position, (s, p) -> s.position = p);
        Numbering.number(scene);
        return scene;
    }

    @Transactional
    public Scene updateScene(Film film, String key, SceneInput input) {
        ShotEditor.oneAtATime(film);
        Scene scene = current("scene", scene(film, key), input.version);
        FieldErrors errors = new FieldErrors().validate(validator, input);
        Sequence target = referenceOr(scene.sequence, errors, "sequence", input.sequence, film, Sequence::byKey);
        // Checked on a copy: a refused input leaves the stored scene untouched.
        Scene check = new Scene();
        check.key = scene.key;
        check.sequence = scene.sequence;
        check.status = scene.status;
        input.applyTo(check);
        errors.validate(validator, check).check();
        input.applyTo(scene);
        if (target != scene.sequence || input.position != null) {
            move(scene, target, input.position);
        }
        // Flush here, so that a concurrent change to the same version is refused as a conflict (409).
        scene.flush();
        return scene;
    }

    /** Moves a scene to a place in its sequence or another; its shots renumber with it. */
    @Transactional
    public Scene moveScene(Film film, String key, String sequenceKey, Integer position) {
        ShotEditor.oneAtATime(film);
        Scene scene = scene(film, key);
        FieldErrors errors = new FieldErrors();
        Sequence target = referenceOr(scene.sequence, errors, "sequence", sequenceKey, film, Sequence::byKey);
        errors.check();
        checkPosition(position);
        move(scene, target, position);
        return scene;
    }

    public Deletion sceneDeletion(Film film, String key) {
        return preview(List.of(scene(film, key)));
    }

    /** Deletes the scene with its shots and citations, unless it changed since {@code version}. */
    @Transactional
    public Deletion deleteScene(Film film, String key, Long version) {
        ShotEditor.oneAtATime(film);
        Scene scene = current("scene", scene(film, key), version);
        Numbering.omit(scene);
        Positions.remove(Scene.ofSequence(scene.sequence), scene, (s, p) -> s.position = p);
        return deleteScenes(List.of(scene));
    }

    /** The scenes' shots, with what a shot reads eagerly, in one query whatever their number. */
    private static List<Shot> shotsOf(List<Scene> scenes) {
        return scenes.isEmpty() ? List.of() : Shot.list("select s from Shot s left join fetch s.location"
                + " left join fetch s.person left join fetch s.source where s.scene in ?1", scenes);
    }

    /** What goes with these scenes: their shots, citations and testimonies, and the shoot days' plans of the shots. */
    private Deletion preview(List<Scene> scenes) {
        return preview(scenes, shotsOf(scenes));
    }

    private Deletion preview(List<Scene> scenes, List<Shot> shots) {
        ShotsLeaving preview = new ShotsLeaving(shots, true);
        shotsLeaving.fire(preview);
        return Deletion.of(scenes, shots.size(), preview.plans());
    }

    /** Deletes the scenes with their shots and citations; what went with them. */
    private Deletion deleteScenes(List<Scene> scenes) {
        List<Shot> shots = shotsOf(scenes);
        Deletion deletion = preview(scenes, shots);
        if (scenes.isEmpty()) {
            return deletion;
        }
        // One by one, not in bulk, so that the audit history records each citation deleted.
        Citation.<Citation>list("scene in ?1", scenes).forEach(Citation::delete);
        shotsLeaving.fire(new ShotsLeaving(shots, false));
        scenesLeaving.fire(new ScenesLeaving(scenes));
        shots.forEach(Shot::delete);
        scenes.forEach(Scene::delete);
        return deletion;
    }

    private void move(Scene scene, Sequence target, Integer position) {
        if (target != scene.sequence) {
            Positions.remove(Scene.ofSequence(scene.sequence), scene, (s, p) -> s.position = p);
            scene.sequence = target;
        }
        Positions.place(Scene.ofSequence(target), scene, position, (s, p) -> s.position = p);
    }

    private static void positionAtLeastOne(Integer position, FieldErrors errors) {
        if (position != null && position < 1) {
            errors.add("position", "must be 1 or more");
        }
    }

    private static void checkPosition(Integer position) {
        FieldErrors errors = new FieldErrors();
        positionAtLeastOne(position, errors);
        errors.check();
    }
}
