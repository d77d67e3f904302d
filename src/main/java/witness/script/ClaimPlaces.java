package witness.script;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import witness.film.Citation;
import witness.film.Footnotes.Footnote;
import witness.script.ShootingScript.Audio;
import witness.script.ShootingScript.Bite;
import witness.script.ShootingScript.Narration;
import witness.script.ShootingScript.Row;

/**
 * Where the mark of a scene's own footnote goes: on the bite it cites, else on the paragraph of narration that
 * makes its claim (the one sharing most words with the claim and the quoted text, three at least), else on the
 * scene heading. A shot's footnotes stay on the shot.
 */
final class ClaimPlaces {
    private static final int LEAST_SHARED = 3;
    private static final Set<String> COMMON = Set.of("that", "this", "with", "from", "have", "were", "they", "their",
            "which", "what", "when", "there", "about", "would", "been", "into", "than", "them", "then", "only", "also");

    private final Map<Audio, List<Citation>> marks = new IdentityHashMap<>();
    private final List<Citation> heading = new ArrayList<>();

    private ClaimPlaces(List<Citation> sceneCitations, List<Row> rows) {
        List<Audio> heard = rows.stream().flatMap(r -> r.audio().stream()).toList();
        Map<Audio, Set<String>> narrated = new IdentityHashMap<>();
        heard.stream().filter(a -> a instanceof Narration).forEach(a -> narrated.put(a, words(a.text())));
        for (Citation c : sceneCitations) {
            Audio place = placeOf(c, heard, narrated);
            if (place == null) {
                heading.add(c);
            } else {
                marks.computeIfAbsent(place, a -> new ArrayList<>()).add(c);
            }
        }
    }

    /** Places the scene's own citations (those of no shot) on these rows. */
    static ClaimPlaces of(List<Citation> sceneCitations, List<Row> rows) {
        return new ClaimPlaces(sceneCitations, rows);
    }

    /** The citations left on the scene heading. */
    List<Citation> heading() {
        return heading;
    }

    /** The citations marked on the words of a row, in the order they are heard. */
    List<Citation> heardIn(Row row) {
        return row.audio().stream().flatMap(a -> marks.getOrDefault(a, List.of()).stream()).toList();
    }

    /** The row with its bites and narration marked with their footnotes' numbers. */
    Row marked(Row row, Map<Long, Footnote> notes) {
        List<Audio> audio = row.audio().stream().map(a -> {
            List<Integer> numbers = marks.getOrDefault(a, List.of()).stream().map(c -> notes.get(c.id))
                    .filter(n -> n != null).map(Footnote::number).toList();
            return numbers.isEmpty() ? a
                    : a instanceof Bite b ? new Bite(b.testimony(), numbers) : new Narration(a.text(), numbers);
        }).toList();
        return new Row(row.shot(), audio, row.notes());
    }

    private static Audio placeOf(Citation c, List<Audio> heard, Map<Audio, Set<String>> narrated) {
        if (c.testimony != null) {
            return heard.stream().filter(a -> a instanceof Bite b && b.testimony().id.equals(c.testimony.id))
                    .findFirst().orElse(null);
        }
        Set<String> claim = words((c.claim == null ? "" : c.claim) + " " + (c.text == null ? "" : c.text));
        Audio best = null;
        int most = LEAST_SHARED - 1;
        for (Audio a : heard) {
            Set<String> paragraph = narrated.get(a);
            long shared = paragraph == null ? 0 : paragraph.stream().filter(claim::contains).count();
            if (shared > most) {
                most = (int) shared;
                best = a;
            }
        }
        return best;
    }

    /** The words that carry meaning: four letters or more, not the commonest. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !COMMON.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
