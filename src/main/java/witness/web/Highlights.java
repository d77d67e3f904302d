package witness.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search terms found in a text regardless of case and accents ("sejourne" finds "Séjourné"), cut into
 * segments a template wraps in {@code <mark>}; the text itself is never HTML.
 */
public final class Highlights {
    /** Accented letters SQL folds with translate(), paired by position with their plain letters. */
    public static final String ACCENTED = "àáâãäåāçčćèéêëēěìíîïīñňòóôõöøōřšùúûüūůýÿžł";
    public static final String PLAIN = "aaaaaaaccceeeeeeiiiiinnooooooorsuuuuuuyyzl";
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Highlights() {
    }

    /** A piece of a text, matching the search or not. */
    public record Segment(String text, boolean match) {
    }

    /** The words of a search box, folded; quotes are not special. */
    public static List<String> terms(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fold(q.strip()).split("\\s+")).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Lower case without accents, one character for each character of the text. */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(foldChar(text.charAt(i)));
        }
        return folded.toString();
    }

    private static char foldChar(char c) {
        if (c < 128) { // most text: no accents to take off, no table to look in
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        String plain = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
        char lower = plain.isEmpty() ? c : plain.toLowerCase(Locale.ROOT).charAt(0);
        int accented = ACCENTED.indexOf(lower);
        return accented >= 0 ? PLAIN.charAt(accented) : lower;
    }

    public static boolean contains(String text, List<String> terms) {
        String folded = text == null ? "" : fold(text);
        return terms.stream().anyMatch(folded::contains);
    }

    /** The whole text with every occurrence of every term marked. */
    public static List<Segment> segments(String text, List<String> terms) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] marked = marks(fold(text), terms);
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                segments.add(new Segment(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return segments;
    }

    /** About {@code width} characters around the first match, cut at spaces, with ellipses where cut. */
    public static List<Segment> snippet(String text, List<String> terms, int width) {
        if (text == null || text.length() <= width) {
            return segments(text, terms);
        }
        String folded = fold(text);
        int first = terms.stream().mapToInt(folded::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, first - width / 3);
        int to = Math.min(text.length(), from + width);
        from = from == 0 ? 0 : wordStart(text, from);
        to = to == text.length() ? to : wordEnd(text, to);
        List<Segment> segments = new ArrayList<>();
        if (from > 0) {
            segments.add(new Segment("…", false));
        }
        segments.addAll(segments(text.substring(from, to), terms));
        if (to < text.length()) {
            segments.add(new Segment("…", false));
        }
        return segments;
    }

    private static boolean[] marks(String folded, List<String> terms) {
        boolean[] marked = new boolean[folded.length()];
        for (String term : terms) {
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                Arrays.fill(marked, at, at + term.length(), true);
            }
        }
        return marked;
    }

    private static int wordStart(String text, int at) {
        int space = text.indexOf(' ', at);
        return space < 0 || space - at > 20 ? at : space + 1;
    }

    private static int wordEnd(String text, int at) {
        int space = text.lastIndexOf(' ', at);
        return space < 0 || at - space > 20 ? at : space;
    }
}
