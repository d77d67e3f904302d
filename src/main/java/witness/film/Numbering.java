package witness.film;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import witness.core.Film;
import witness.film.OmittedNumber.Kind;

/**
 * The script's numbers once they are locked (Final Draft's "keep scene numbers"): every sequence, scene and shot
 * keeps the number it had; one added later is lettered between its neighbours ({@link PrintedNumber}); one
 * deleted stays in the script as OMITTED with its number ({@link OmittedNumber}). Moving an item keeps its
 * number. Unlocking makes the numbers follow the order again.
 */
public final class Numbering {
    private Numbering() {
    }

    /** Keeps every number as it is now. Nothing to do when the numbers are locked already. */
    public static void lock(Film film, String who, Instant now) {
        if (film.numbersLocked()) {
            return;
        }
        Sequence.ofFilm(film).forEach(q -> q.printedNumber = String.valueOf(q.position));
        Scene.ofFilm(film).forEach(s -> s.printedNumber = s.sequence.position + "." + s.position);
        shotsOf(film).forEach(s -> s.printedNumber = s.scene.printedNumber + "." + s.position);
        film.numbersLockedAt = now;
        film.numbersLockedBy = who;
    }

    /** Numbers follow the order again (2.3A becomes 2.4 where it stands fourth) and the omitted ones go. */
    public static void unlock(Film film) {
        Sequence.ofFilm(film).forEach(q -> q.printedNumber = null);
        Scene.ofFilm(film).forEach(s -> s.printedNumber = null);
        shotsOf(film).forEach(s -> s.printedNumber = null);
        OmittedNumber.delete("film", film);
        film.numbersLockedAt = null;
        film.numbersLockedBy = null;
    }

    /** Gives a sequence just placed in a locked film its number; nothing while the numbers are unlocked. */
    public static void number(Sequence sequence) {
        // The film as it is under the row lock, not as the request read it before another writer locked it.
        if (Film.<Film>findById(sequence.film.id).numbersLocked()) {
            Set<String> taken = taken(Sequence.class, "q.film = ?1", "", sequence.film, Kind.SEQUENCE);
            sequence.printedNumber = between(Sequence.ofFilm(sequence.film), sequence, q -> q.printedNumber, "",
                    taken);
        }
    }

    /** Gives a scene just placed in a sequence of a locked film its number ("2.3A"). */
    public static void number(Scene scene) {
        Film film = scene.sequence.film;
        if (film.numbersLocked()) {
            String parent = scene.sequence.number() + ".";
            Set<String> taken = taken(Scene.class, "q.sequence.film = ?1", parent, film, Kind.SCENE);
            scene.printedNumber = between(Scene.ofSequence(scene.sequence), scene, s -> s.printedNumber, parent,
                    taken);
        }
    }

    /** Gives a shot just placed in a scene of a locked film its number ("3.2.4A"). */
    public static void number(Shot shot) {
        Film film = shot.scene.sequence.film;
        if (film.numbersLocked()) {
            String parent = shot.scene.number() + ".";
            Set<String> taken = taken(Shot.class, "q.scene.sequence.film = ?1", parent, film, Kind.SHOT);
            shot.printedNumber = between(Shot.ofScene(shot.scene), shot, s -> s.printedNumber, parent, taken);
        }
    }

    /** A shot about to be deleted from a locked film leaves its number, OMITTED, in its scene. */
    public static void omit(Shot shot) {
        Film film = shot.scene.sequence.film;
        if (film.numbersLocked()) {
            String what = shot.kind.label() + (shot.description == null ? "" : ": " + shot.description);
            OmittedNumber omitted = OmittedNumber.of(film, Kind.SHOT, shot.id, shot.number(), what);
            omitted.scene = shot.scene;
            omitted.persist();
        }
    }

    /** A scene about to be deleted from a locked film leaves its number in its sequence; its shots' go with it. */
    public static void omit(Scene scene) {
        Film film = scene.sequence.film;
        if (film.numbersLocked()) {
            OmittedNumber.delete("scene", scene);
            OmittedNumber omitted = OmittedNumber.of(film, Kind.SCENE, scene.id, scene.number(), scene.title);
            omitted.sequence = scene.sequence;
            omitted.kept = kept(List.of(scene), false);
            omitted.persist();
        }
    }

    /** A sequence about to be deleted from a locked film leaves its number; its scenes' and shots' go with it. */
    public static void omit(Sequence sequence) {
        if (sequence.film.numbersLocked()) {
            OmittedNumber.delete("scene.id in (select s.id from Scene s where s.sequence = ?1)", sequence);
            OmittedNumber.delete("sequence", sequence);
            OmittedNumber omitted = OmittedNumber.of(sequence.film, Kind.SEQUENCE, sequence.id, sequence.number(),
                    sequence.title);
            omitted.kept = kept(Scene.ofSequence(sequence), true);
            omitted.persist();
        }
    }

    /** "SCENE 12 2.3" and "SHOT 40 2.3.1A" lines: the printed numbers of these scenes (if asked) and their shots. */
    private static String kept(List<Scene> scenes, boolean withScenes) {
        StringBuilder kept = new StringBuilder();
        for (Scene scene : scenes) {
            if (withScenes && scene.printedNumber != null) {
                kept.append("SCENE ").append(scene.id).append(' ').append(scene.printedNumber).append('\n');
            }
            for (Shot shot : Shot.ofScene(scene)) {
                if (shot.printedNumber != null) {
                    kept.append("SHOT ").append(shot.id).append(' ').append(shot.printedNumber).append('\n');
                }
            }
        }
        return kept.length() > OmittedNumber.KEPT_LENGTH ? null : kept.toString();
    }

    /**
     * A sequence brought back from the deleted items, with its scenes and their shots: each gets the number it had
     * where no other item has taken it since, else a lettered one where it stands. Called once all are back.
     */
    public static void restored(Sequence sequence) {
        if (!sequence.film.numbersLocked()) {
            return;
        }
        OmittedNumber omitted = omittedLine(Kind.SEQUENCE, sequence.id);
        Map<String, String> kept = omitted == null ? Map.of() : omitted.keptNumbers();
        if (omitted != null && free(Sequence.class, "q.film = ?1", sequence.film, Kind.SEQUENCE, omitted.number)) {
            sequence.printedNumber = omitted.number;
        } else {
            number(sequence);
        }
        for (Scene scene : Scene.ofSequence(sequence)) {
            giveBack(scene, kept);
        }
    }

    /** A scene brought back with its shots: their numbers again where still free, else lettered where they stand. */
    public static void restored(Scene scene) {
        if (!scene.sequence.film.numbersLocked()) {
            return;
        }
        OmittedNumber omitted = omittedLine(Kind.SCENE, scene.id);
        Map<String, String> kept = new HashMap<>(omitted == null ? Map.of() : omitted.keptNumbers());
        if (omitted != null) {
            kept.put("SCENE " + scene.id, omitted.number);
        }
        giveBack(scene, kept);
    }

    /** A shot brought back: its number again where it was omitted, else lettered where it stands. */
    public static void restored(Shot shot) {
        if (!shot.scene.sequence.film.numbersLocked()) {
            return;
        }
        OmittedNumber omitted = omittedLine(Kind.SHOT, shot.id);
        giveBack(shot, omitted == null ? null : omitted.number);
    }

    private static void giveBack(Scene scene, Map<String, String> kept) {
        Film film = scene.sequence.film;
        String number = kept.get("SCENE " + scene.id);
        if (number != null && free(Scene.class, "q.sequence.film = ?1", film, Kind.SCENE, number)) {
            scene.printedNumber = number;
        } else {
            number(scene);
        }
        for (Shot shot : Shot.ofScene(scene)) {
            giveBack(shot, kept.get("SHOT " + shot.id));
        }
    }

    private static void giveBack(Shot shot, String number) {
        Film film = shot.scene.sequence.film;
        if (number != null && free(Shot.class, "q.scene.sequence.film = ?1", film, Kind.SHOT, number)) {
            shot.printedNumber = number;
        } else {
            shot.printedNumber = null;
            number(shot);
        }
    }

    /** The OMITTED line a deleted item left, taken out of the script now that the item is back; or null. */
    private static OmittedNumber omittedLine(Kind kind, long id) {
        OmittedNumber omitted = OmittedNumber.<OmittedNumber>find("kind = ?1 and itemId = ?2", kind, id).firstResult();
        if (omitted != null) {
            omitted.delete();
            OmittedNumber.flush();
        }
        return omitted;
    }

    /** Whether no item of the kind, and no OMITTED line, holds this number now. */
    private static boolean free(Class<?> type, String ofFilm, Film film, Kind kind, String number) {
        long live = Sequence.getEntityManager().createQuery("select count(q) from " + type.getSimpleName() + " q where "
                + ofFilm.replace("?1", ":film") + " and q.printedNumber = :number", Long.class)
                .setParameter("film", film).setParameter("number", number).getSingleResult();
        return live == 0 && !OmittedNumber.numbers(film, kind).contains(number);
    }

    private static List<Shot> shotsOf(Film film) {
        return Shot.list("from Shot s join fetch s.scene sc join fetch sc.sequence q where q.film = ?1"
                + " order by q.position, sc.position, s.position", film);
    }

    /** The numbers under {@code parent} printed for items of this kind, omitted ones included. */
    private static Set<String> taken(Class<?> type, String ofFilm, String parent, Film film, Kind kind) {
        // A parent is digits, letters and dots: nothing a like pattern reads as a wildcard.
        Set<String> taken = new HashSet<>(Sequence.getEntityManager().createQuery("select q.printedNumber from "
                + type.getSimpleName() + " q where " + ofFilm.replace("?1", ":film")
                + " and q.printedNumber like :parent", String.class)
                .setParameter("film", film).setParameter("parent", parent + "%").getResultList());
        OmittedNumber.numbers(film, kind).stream().filter(n -> n.startsWith(parent)).forEach(taken::add);
        return taken;
    }

    private static <T> String between(List<T> siblings, T item, Function<T, String> printed, String parent,
            Set<String> taken) {
        int at = siblings.indexOf(item);
        PrintedNumber previous = at > 0 ? PrintedNumber.lastOf(printed.apply(siblings.get(at - 1))) : null;
        PrintedNumber next = at >= 0 && at + 1 < siblings.size()
                ? PrintedNumber.lastOf(printed.apply(siblings.get(at + 1))) : null;
        return parent + PrintedNumber.between(previous, next, parent, taken);
    }
}
