package witness.web;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How a form offers one of many of a film's items (sources, testimonies). While the film has few, the list
 * holds them all. On a long series a list of thousands is no choice at all, so the form has a search box
 * beside the list, and the list holds the items whose words match what was typed there: as one types, htmx
 * asks the film's choices, and without script the server chooses when the form comes back.
 */
public final class Choices {
    /** The most items a form's list holds; with more, it has a search box. */
    public static final int LISTED_AT_MOST = 100;
    /** How many items whose words match the list shows. */
    public static final int FOUND_AT_MOST = 20;

    private Choices() {
    }

    /** Whether a film with this many items offers them through a search box. */
    public static boolean searched(long count) {
        return count > LISTED_AT_MOST;
    }

    /**
     * The keys a list of several choices means for {@code field}: those picked in it, and the only item whose
     * words match what was typed in its search box. When an item picked is among those the words find, the words
     * led to it and add nothing; otherwise none or several found leave a message on the field.
     */
    public static List<String> picked(String field, List<String> picked, String words, String[] singularPlural,
            Function<List<String>, List<String>> matching, FieldErrors errors) {
        List<String> terms = Highlights.terms(words);
        if (terms.isEmpty()) {
            return picked;
        }
        List<String> keys = matching.apply(terms);
        if (keys.stream().anyMatch(picked::contains)) {
            return picked;
        }
        if (keys.size() == 1) {
            return Stream.concat(picked.stream(), keys.stream()).toList();
        }
        refuse(field, words, keys, singularPlural, errors);
        return picked;
    }

    /**
     * The key the form means for {@code field}: the one chosen in the list; when none was, the only item whose
     * words match what was typed in the search box. Otherwise what was chosen (nothing), and a message on the
     * field saying that no item, or how many, match.
     *
     * @param matching the keys of the items whose words hold every term, at most {@link #FOUND_AT_MOST} + 1
     */
    public static String chosen(String field, String chosen, String words, String[] singularPlural,
            Function<List<String>, List<String>> matching, FieldErrors errors) {
        List<String> terms = Highlights.terms(words);
        if (chosen != null && !chosen.isBlank() || terms.isEmpty()) {
            return chosen;
        }
        List<String> keys = matching.apply(terms);
        if (keys.size() == 1) {
            return keys.get(0);
        }
        refuse(field, words, keys, singularPlural, errors);
        return chosen;
    }

    private static void refuse(String field, String words, List<String> keys, String[] singularPlural,
            FieldErrors errors) {
        String typed = "'" + words.strip() + "'";
        errors.add(field, keys.isEmpty() ? "no " + singularPlural[0] + " of this film matches " + typed
                : typed + " matches " + (keys.size() > FOUND_AT_MOST ? "more than " + FOUND_AT_MOST : keys.size())
                        + " " + singularPlural[1] + ": choose one in the list");
    }

    /** The first option of a list filled by words: "— 3 sources match —", "— no source matches —"; else none. */
    public static String blank(List<String> terms, int found, String[] singularPlural) {
        if (terms.isEmpty() || found == 1) {
            return "— none —";
        }
        if (found == 0) {
            return "— no " + singularPlural[0] + " matches —";
        }
        return found > FOUND_AT_MOST ? "— more than " + FOUND_AT_MOST + " match: type more words —"
                : "— " + found + " " + singularPlural[1] + " match —";
    }
}
