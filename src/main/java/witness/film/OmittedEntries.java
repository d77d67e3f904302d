package witness.film;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import witness.core.Film;
import witness.film.OmittedNumber.Kind;

/**
 * The API's lists of scenes and shots with the numbers deleted while the film's numbers were locked, each among
 * its siblings (the same sequence, the same scene) in number order, marked omitted.
 */
final class OmittedEntries {
    private OmittedEntries() {
    }

    static List<SceneInput> scenes(Film film, List<SceneInput> scenes) {
        return merged(film, Kind.SCENE, scenes, s -> s.sequence, o -> o.sequence == null ? null : o.sequence.key,
                o -> {
                    SceneInput input = new SceneInput();
                    input.number = o.number;
                    input.omitted = true;
                    input.sequence = o.sequence.key;
                    input.title = o.title;
                    return input;
                });
    }

    static List<ShotInput> shots(Film film, List<ShotInput> shots) {
        return merged(film, Kind.SHOT, shots, s -> s.scene, o -> o.scene == null ? null : o.scene.key, o -> {
            ShotInput input = new ShotInput();
            input.number = o.number;
            input.omitted = true;
            input.sequence = o.scene.sequence.key;
            input.scene = o.scene.key;
            input.description = o.title;
            return input;
        });
    }

    private static <T> List<T> merged(Film film, Kind kind, List<T> items, Function<T, String> parentOf,
            Function<OmittedNumber, String> omittedParent, Function<OmittedNumber, T> entry) {
        if (!film.numbersLocked()) {
            return items;
        }
        List<T> merged = new ArrayList<>(items);
        for (OmittedNumber o : OmittedNumber.<OmittedNumber>list("film = ?1 and kind = ?2", film, kind)) {
            String parent = omittedParent.apply(o);
            if (parent == null || items.stream().noneMatch(i -> parent.equals(parentOf.apply(i)))) {
                continue;
            }
            merged.add(place(merged, parent, PrintedNumber.lastOf(o.number), parentOf), entry.apply(o));
        }
        return merged;
    }

    /** After the last sibling numbered before it, else before the first sibling. */
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
        return after >= 0 ? after + 1 : first;
    }

    private static String numberOf(Object item) {
        return item instanceof SceneInput s ? s.number : ((ShotInput) item).number;
    }
}
