package witness.film;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import witness.core.Film;
import witness.film.OmittedNumber.Kind;

/**
 * The API's lists of scenes and shots with the numbers deleted while the film's numbers were locked, each among
 * its siblings (the same sequence, the same scene) in number order, marked omitted.
 */
final class OmittedEntries {
    private OmittedEntries() {
    }

    /** The scenes listed, of one sequence (its key) or of every one (null). */
    static List<SceneInput> scenes(Film film, String sequence, List<SceneInput> scenes) {
        Predicate<OmittedNumber> asked = o -> sequence == null || sequence.isBlank() || sequence.equals(o.sequence.key);
        return merged(film, Kind.SCENE, scenes, asked, s -> s.sequence, o -> o.sequence.key,
                o -> {
                    SceneInput input = new SceneInput();
                    input.number = o.number;
                    input.omitted = true;
                    input.sequence = o.sequence.key;
                    input.title = o.title;
                    return input;
                });
    }

    /** The shots listed, of one scene or sequence (their keys) or of every one (null). */
    static List<ShotInput> shots(Film film, String sequence, String scene, List<ShotInput> shots) {
        Predicate<OmittedNumber> asked = o -> (scene == null || scene.isBlank() || scene.equals(o.scene.key))
                && (sequence == null || sequence.isBlank() || sequence.equals(o.scene.sequence.key));
        return merged(film, Kind.SHOT, shots, asked, s -> s.scene, o -> o.scene.key, o -> {
            ShotInput input = new ShotInput();
            input.number = o.number;
            input.omitted = true;
            input.sequence = o.scene.sequence.key;
            input.scene = o.scene.key;
            input.description = o.title;
            return input;
        });
    }

    private static <T> List<T> merged(Film film, Kind kind, List<T> items, Predicate<OmittedNumber> asked,
            Function<T, String> parentOf, Function<OmittedNumber, String> omittedParent,
            Function<OmittedNumber, T> entry) {
        if (!film.numbersLocked()) {
            return items;
        }
        List<T> merged = new ArrayList<>(items);
        for (OmittedNumber o : OmittedNumber.<OmittedNumber>list("film = ?1 and kind = ?2", film, kind)) {
            if (!asked.test(o)) {
                continue;
            }
            String parent = omittedParent.apply(o);
            merged.add(place(merged, parent, PrintedNumber.lastOf(o.number), parentOf), entry.apply(o));
        }
        return merged;
    }

    /** After the last sibling numbered before it, else before the first sibling, else last (no sibling left). */
    private static <T> int place(List<T> items, String parent, PrintedNumber number, Function<T, String> parentOf) {
        int first = -1;
        int after = -1;
        for (int i = 0; i < items.size(); i++) {
            if (!parent.equals(parentOf.apply(items.get(i)))) {
                continue;
            }
            first = first < 0 ? i : first;
            PrintedNumber other = PrintedNumber.lastOf(numberOf(items.get(i)));
            if (other != null && number != null && other.compareTo(number) < 0) {
                after = i;
            }
        }
        return after >= 0 ? after + 1 : first >= 0 ? first : items.size();
    }

    private static String numberOf(Object item) {
        return item instanceof SceneInput s ? s.number : ((ShotInput) item).number;
    }
}
