package witness.source;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chicago's short form of a later note of a source already cited in full: the authors' surnames, a short title
 * (italic or quoted as the full note has it) and the locator — "Serge, <i>Memoirs of a Revolutionary</i>, p. 330."
 */
final class ShortNote {
    private static final Set<String> LINKING = Set.of("a", "an", "the", "of", "on", "in", "and", "to", "for", "at",
            "by", "with", "from", "de", "la", "le", "les", "du", "des", "et", "y", "el");
    private static final Pattern TRAILING_DATES = Pattern.compile(",\\s*[\\d\u2013\u2014 -]+$");
    private static final Pattern QUOTED = Pattern.compile("\u201c(.+?)\u201d");
    private static final Pattern ITALIC = Pattern.compile("<span class=\"csl-italic\">(.+?)</span>");
    private static final int WORDS = 4;

    private ShortNote() {
    }

    /** The short note; {@code fullNote} (the style's HTML) gives the title as the style writes it, italic or quoted. */
    static String of(Source source, String fullNote, String locator) {
        StringBuilder note = new StringBuilder();
        String names = names(source);
        if (!names.isEmpty()) {
            note.append(ChicagoStyle.escape(names)).append(", ");
        }
        boolean quoted = quoted(fullNote);
        String title = title(styledTitle(fullNote, quoted).orElse(ChicagoStyle.escape(source.title)));
        if (locator == null) {
            return note.append(quoted ? "\u201c" + title + ".\u201d" : italic(title) + ".").toString();
        }
        note.append(quoted ? "\u201c" + title + ",\u201d " : italic(title) + ", ");
        return note.append(locator).append('.').toString();
    }

    /** Surnames of the authors (else the editors): one, two joined by "and", three, or the first "et al.". */
    static String names(Source source) {
        List<String> names = surnames(source, SourceName.AUTHOR);
        if (names.isEmpty()) {
            names = surnames(source, SourceName.EDITOR);
        }
        return switch (names.size()) {
            case 0 -> "";
            case 1 -> names.get(0);
            case 2 -> names.get(0) + " and " + names.get(1);
            case 3 -> names.get(0) + ", " + names.get(1) + ", and " + names.get(2);
            default -> names.get(0) + " et al.";
        };
    }

    /**
     * The main title (escaped) without its subtitle or trailing dates, at most four words, never ending on a
     * linking word; a bracketed description keeps its brackets.
     */
    static String title(String title) {
        String t = title.strip();
        boolean bracketed = t.startsWith("[");
        t = t.replaceAll("^\\[|\\]$", "");
        int colon = t.indexOf(':');
        if (colon > 0) {
            t = t.substring(0, colon);
        }
        t = TRAILING_DATES.matcher(t.strip()).replaceFirst("");
        String[] words = t.strip().split("\\s+");
        if (words.length > WORDS + 1) {
            int end = WORDS;
            while (end > 1 && LINKING.contains(words[end - 1].toLowerCase())) {
                end--;
            }
            t = String.join(" ", List.of(words).subList(0, end)).replaceAll("[,.]+$", "");
        }
        return bracketed ? "[" + t + "]" : t;
    }

    private static List<String> surnames(Source source, String role) {
        return source.names.stream().filter(n -> role.equals(n.role))
                .map(n -> n.literal != null ? n.literal : n.family).filter(n -> n != null && !n.isBlank()).toList();
    }

    /** The title as the full note prints it (escaped, in the style's title case): quoted, or the first italics. */
    private static Optional<String> styledTitle(String fullNote, boolean quoted) {
        Matcher m = (quoted ? QUOTED : ITALIC).matcher(fullNote);
        return m.find() ? Optional.of(m.group(1).replaceAll("[,.]$", "")) : Optional.empty();
    }

    /** A title the full note puts in quotation marks (an article, a talk, a manuscript) rather than in italics. */
    private static boolean quoted(String fullNote) {
        int quote = fullNote.indexOf('\u201c');
        int italic = fullNote.indexOf("csl-italic");
        return quote >= 0 && (italic < 0 || quote < italic);
    }

    private static String italic(String title) {
        return "<span class=\"csl-italic\">" + title + "</span>";
    }
}
