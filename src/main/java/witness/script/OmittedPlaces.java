package witness.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import witness.core.Film;
import witness.film.OmittedNumber;
import witness.film.PrintedNumber;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.script.ShootingScript.Part;
import witness.script.ShootingScript.Row;
import witness.script.ShootingScript.ScriptScene;

/**
 * Puts the numbers of what was deleted while the film's numbers were locked back into the script, each among its
 * siblings in number order, as OMITTED: a shot in its scene, a scene in its sequence, a sequence in the film (only
 * when the whole film is exported).
 */
final class OmittedPlaces {
    private OmittedPlaces() {
    }

    static List<Part> merged(Film film, ScriptOptions options, List<Part> parts, List<Sequence> sequences) {
        if (!film.numbersLocked()) {
            return parts;
        }
        List<OmittedNumber> omitted = OmittedNumber.ofFilm(film);
        if (omitted.isEmpty()) {
            return parts;
        }
        List<Part> merged = new ArrayList<>();
        for (Sequence sequence : sequences) {
            Part part = parts.stream().filter(p -> p.sequence().id.equals(sequence.id)).findFirst().orElse(null);
            List<ScriptScene> scenes = new ArrayList<>();
            for (ScriptScene scene : part == null ? List.<ScriptScene>of() : part.scenes()) {
                scenes.add(withShots(scene, omitted));
            }
            boolean whole = part != null || options.sequence() != null && options.sequence().id.equals(sequence.id)
                    || options.sequence() == null && options.scenes().isEmpty();
            if (whole && options.scenes().isEmpty()) {
                omitted.stream().filter(o -> o.kind == OmittedNumber.Kind.SCENE && o.sequence != null
                        && o.sequence.id.equals(sequence.id))
                        .forEach(o -> insert(scenes, omittedScene(o, scenes), s -> s.scene().number()));
            }
            if (!scenes.isEmpty()) {
                merged.add(new Part(sequence, scenes));
            }
        }
        if (options.sequence() == null && options.scenes().isEmpty()) {
            omitted.stream().filter(o -> o.kind == OmittedNumber.Kind.SEQUENCE)
                    .forEach(o -> insert(merged, new Part(sequence(o), List.of(), true), p -> p.sequence().number()));
        }
        return merged;
    }

    private static ScriptScene withShots(ScriptScene scene, List<OmittedNumber> omitted) {
        List<OmittedNumber> shots = omitted.stream().filter(o -> o.kind == OmittedNumber.Kind.SHOT && o.scene != null
                && o.scene.id.equals(scene.scene().id)).toList();
        if (shots.isEmpty()) {
            return scene;
        }
        List<Row> rows = new ArrayList<>(scene.rows());
        for (OmittedNumber o : shots) {
            Shot shot = new Shot();
            shot.printedNumber = o.number;
            shot.description = o.title;
            insert(rows, new Row(shot, List.of(), List.of(), true), r -> r.shot() == null ? null : r.shot().number());
        }
        return new ScriptScene(scene.scene(), scene.notes(), rows, scene.footnotes(), scene.seconds(),
                scene.cumulative(), scene.omitted());
    }

    private static ScriptScene omittedScene(OmittedNumber o, List<ScriptScene> scenes) {
        Scene scene = new Scene();
        scene.key = "omitted-" + o.number.replace('.', '-');
        scene.printedNumber = o.number;
        scene.title = o.title;
        scene.sequence = o.sequence;
        int at = place(scenes, o.number, s -> s.scene().number());
        int cumulative = at == 0 ? 0 : scenes.get(at - 1).cumulative();
        return new ScriptScene(scene, List.of(), List.of(), List.of(), 0, cumulative, true);
    }

    private static Sequence sequence(OmittedNumber o) {
        Sequence sequence = new Sequence();
        sequence.key = "omitted-" + o.number;
        sequence.printedNumber = o.number;
        sequence.title = o.title;
        return sequence;
    }

    /** Puts the item before the first sibling whose number comes after its own (items without one are passed). */
    private static <T> void insert(List<T> siblings, T item, Function<T, String> number) {
        siblings.add(place(siblings, number.apply(item), number), item);
    }

    private static <T> int place(List<T> siblings, String number, Function<T, String> numberOf) {
        PrintedNumber own = PrintedNumber.lastOf(number);
        for (int i = 0; i < siblings.size(); i++) {
            PrintedNumber other = PrintedNumber.lastOf(numberOf.apply(siblings.get(i)));
            if (own != null && other != null && other.compareTo(own) > 0) {
                return i;
            }
        }
        return siblings.size();
    }
}
