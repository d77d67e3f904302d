package witness.film;

import static witness.core.Versioned.current;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import witness.core.Film;
import witness.interview.Testimony;
import witness.web.FieldErrors;
import witness.web.Invalid;
import witness.web.WriteConflict;

/**
 * The paper edit of a scene: the testimonies placed in it, in order. Every change is checked against the
 * version of the scene the form was read at, as the order is the scene's.
 */
@ApplicationScoped
public class PaperEditor {

    public enum Direction {
        UP, DOWN
    }

    /** Places a testimony of the film last among the scene's bites. */
    @Transactional
    public Testimony place(Film film, String sceneKey, String testimonyKey, Long version) {
        Scene scene = current("scene", StructureEditor.scene(film, sceneKey), version);
        FieldErrors errors = new FieldErrors();
        if (testimonyKey == null || testimonyKey.isBlank()) {
            errors.add("testimony", "is required: choose the testimony to place in the scene");
        }
        errors.check();
        Testimony testimony = Testimony.<Testimony>find("film = ?1 and key = ?2", film, testimonyKey.strip())
                .firstResultOptional()
                .orElseThrow(() -> new Invalid("testimony", "this film has no testimony with the key '" + testimonyKey + "'"));
        if (scene.testimonies.contains(testimony)) {
            throw new Invalid("testimony", "is already placed in this scene");
        }
        scene.testimonies.add(testimony);
        scene.flush();
        return testimony;
    }

    /** Takes a testimony out of the scene (the testimony itself stays). */
    @Transactional
    public Testimony remove(Film film, String sceneKey, String testimonyKey, Long version) {
        Scene scene = current("scene", StructureEditor.scene(film, sceneKey), version);
        Testimony testimony = placed(scene, testimonyKey);
        scene.testimonies.remove(testimony);
        scene.flush();
        return testimony;
    }

    /** Swaps a testimony with the one before (up) or after (down); at either end it stays. */
    @Transactional
    public Testimony move(Film film, String sceneKey, String testimonyKey, String direction, Long version) {
        Scene scene = StructureEditor.scene(film, sceneKey);
        Direction to = direction(direction);
        WriteConflict.unlessCurrent("scene", scene.version, version);
        Testimony testimony = placed(scene, testimonyKey);
        int from = scene.testimonies.indexOf(testimony);
        int target = to == Direction.UP ? from - 1 : from + 1;
        if (target >= 0 && target < scene.testimonies.size()) {
            scene.testimonies.set(from, scene.testimonies.get(target));
            scene.testimonies.set(target, testimony);
            scene.flush();
        }
        return testimony;
    }

    private static Direction direction(String text) {
        if ("up".equalsIgnoreCase(text == null ? "" : text.strip())) {
            return Direction.UP;
        }
        if ("down".equalsIgnoreCase(text == null ? "" : text.strip())) {
            return Direction.DOWN;
        }
        throw new Invalid("direction", "must be up or down");
    }

    private static Testimony placed(Scene scene, String testimonyKey) {
        return scene.testimonies.stream().filter(t -> t.key.equals(testimonyKey)).findFirst()
                .orElseThrow(() -> new Invalid("testimony", "'" + testimonyKey + "' is not placed in this scene"));
    }
}
