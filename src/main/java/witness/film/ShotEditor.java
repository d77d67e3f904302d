package witness.film;

import static witness.core.Versioned.current;
import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import witness.core.Film;
import witness.core.Keys;
import witness.location.Location;
import witness.person.Person;
import witness.source.Source;
import witness.web.FieldErrors;

/** Every change to the shot list goes through here: validated, version-checked, renumbered. */
@ApplicationScoped
public class ShotEditor {
    @Inject Validator validator;
    @Inject Event<ShotsLeaving> shotsLeaving;

    public static Shot find(Film film, String key) {
        return Keys.found(Shot.byKey(film, key), "shot", key);
    }

    @Transactional
    public Shot create(Film film, ShotInput input, FieldErrors errors) {
        oneAtATime(film);
        errors.validate(validator, input);
        Scene scene = required(errors, "scene", input.scene, film, Scene::byKey, "the shot");
        Shot shot = new Shot();
        // Without a scene there is no key to derive; the missing scene is the error reported.
        shot.key = Keys.requested(input.key, () -> scene == null ? "unplaced" : nextKey(film, scene),
                k -> Shot.byKey(film, k).isPresent(), "shot", errors);
        shot.status = ShotStatus.PLANNED;
        input.applyTo(shot);
        refer(film, shot, input, errors);
        errors.validate(validator, shot).check();
        shot.scene = scene;
        shot.persist();
        Positions.place(Shot.ofScene(scene), shot, input.position, (s, p) -> s.position = p);
        Numbering.number(shot);
        return shot;
    }

    @Transactional
    public Shot update(Film film, String key, ShotInput input, FieldErrors errors) {
        oneAtATime(film);
        Shot shot = current("shot", find(film, key), input.version);
        errors.validate(validator, input);
        Scene target = referenceOr(shot.scene, errors, "scene", input.scene, film, Scene::byKey);
        // Checked on a copy: a refused input leaves the stored shot untouched.
        Shot check = new Shot();
        check.key = shot.key;
        check.scene = shot.scene;
        check.status = shot.status;
        input.applyTo(check);
        refer(film, check, input, errors);
        errors.validate(validator, check).check();
        input.applyTo(shot);
        // The references the copy found, not looked up again.
        shot.location = check.location;
        shot.person = check.person;
        shot.source = check.source;
        move(shot, target, input.position == null && target == shot.scene ? shot.position : input.position);
        // Flush here, so that a concurrent change to the same version is refused as a conflict (409).
        shot.flush();
        return shot;
    }

    /** Moves a shot to a place in its scene or another; the numbers of both scenes follow. */
    @Transactional
    public Shot move(Film film, String key, String sceneKey, Integer position) {
        oneAtATime(film);
        Shot shot = find(film, key);
        FieldErrors errors = new FieldErrors();
        Scene target = referenceOr(shot.scene, errors, "scene", sceneKey, film, Scene::byKey);
        if (position != null && position < 1) {
            errors.add("position", "must be 1 or more");
        }
        errors.check();
        move(shot, target, position);
        return shot;
    }

    /** A copy of the shot right after it, planned again, with a key of its own. */
    @Transactional
    public Shot duplicate(Film film, String key) {
        oneAtATime(film);
        Shot original = find(film, key);
        Shot copy = new Shot();
        copy.scene = original.scene;
        copy.key = nextKey(film, original.scene);
        copy.kind = original.kind;
        copy.description = original.description;
        copy.audio = original.audio;
        copy.framing = original.framing;
        copy.movement = original.movement;
        copy.seconds = original.seconds;
        copy.location = original.location;
        copy.person = original.person;
        copy.source = original.source;
        copy.notes = original.notes;
        copy.status = ShotStatus.PLANNED;
        copy.persist();
        Positions.place(Shot.ofScene(original.scene), copy, original.position + 1, (s, p) -> s.position = p);
        Numbering.number(copy);
        return copy;
    }

    /** Drops a shot from the cut, or restores a dropped one as planned; its place is kept. */
    @Transactional
    public Shot setDropped(Film film, String key, boolean dropped) {
        Shot shot = find(film, key);
        shot.status = dropped ? ShotStatus.DROPPED : ShotStatus.PLANNED;
        return shot;
    }

    /**
     * Deletes a shot. Its citations stay with the scene (the claim is still sourced) and it leaves
     * the shoot days that planned it. Refused (409) unless {@code version} is the one stored.
     */
    @Transactional
    public void delete(Film film, String key, Long version) {
        oneAtATime(film);
        Shot shot = current("shot", find(film, key), version);
        Numbering.omit(shot);
        Citation.<Citation>list("shot", shot).forEach(c -> c.shot = null);
        shotsLeaving.fire(new ShotsLeaving(List.of(shot), false));
        Positions.remove(Shot.ofScene(shot.scene), shot, (s, p) -> s.position = p);
        shot.delete();
    }

    /**
     * Keys are unique within the film and places run 1, 2, 3… in each sequence and scene, but no database constraint can
     * say so (a shot belongs to its film through its scene): two writers, or two instances of the app, both
     * creating shot "orenburg-arrest-6" would both succeed. So changes to the shot list of a film wait for the
     * film's row lock, held until they commit, and run one after the other; readers do not wait. Changes to the
     * structure (sequences, scenes) take the same lock, as two of them at once could take one key or one place.
     */
    public static void oneAtATime(Film film) {
        Film.getEntityManager().createNativeQuery("select id from film where id = ?1 for update")
                .setParameter(1, film.id).getResultList();
    }

    private void move(Shot shot, Scene target, Integer position) {
        if (target != null && target != shot.scene) {
            Scene from = shot.scene;
            Positions.remove(Shot.ofScene(from), shot, (s, p) -> s.position = p);
            shot.scene = target;
        }
        Positions.place(Shot.ofScene(shot.scene), shot, position, (s, p) -> s.position = p);
    }

    /** The shot's references, found in the film by their keys; a message for each key the film does not have. */
    private static void refer(Film film, Shot shot, ShotInput input, FieldErrors errors) {
        shot.location = reference(errors, "location", input.location, film, Location::byKey);
        shot.person = reference(errors, "interviewee", input.interviewee, film, Person::byKey);
        shot.source = reference(errors, "source", input.source, film, Source::byKey);
    }

    /** scene-key-N with the first N no shot of the film has. */
    static String nextKey(Film film, Scene scene) {
        long n = Shot.count("scene", scene) + 1;
        while (Shot.byKey(film, scene.key + "-" + n).isPresent()) {
            n++;
        }
        return scene.key + "-" + n;
    }

    /** As {@link #reference}; no key is refused too: "is required: the key of the scene the shot belongs to". */
    static <T> T required(FieldErrors errors, String field, String key, Film film,
            BiFunction<Film, String, Optional<T>> byKey, String belonging) {
        if (key == null || key.isBlank()) {
            errors.add(field, "is required: the key of the " + field + " " + belonging + " belongs to");
        }
        return reference(errors, field, key, film, byKey);
    }

    /** As {@link #reference}; with no key, the item kept. */
    static <T> T referenceOr(T kept, FieldErrors errors, String field, String key, Film film,
            BiFunction<Film, String, Optional<T>> byKey) {
        return key == null || key.isBlank() ? kept : reference(errors, field, key, film, byKey);
    }

    static <T> T reference(FieldErrors errors, String field, String key, Film film,
            BiFunction<Film, String, Optional<T>> byKey) {
        if (key == null || key.isBlank()) {
            return null;
        }
        Optional<T> found = byKey.apply(film, key);
        if (found.isEmpty()) {
            errors.add(field, "this film has no " + field + " with the key '" + key + "'");
        }
        return found.orElse(null);
    }
}
