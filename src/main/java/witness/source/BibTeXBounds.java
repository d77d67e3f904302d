package witness.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Value;

/**
 * What jbibtex (under citeproc-java's {@code BibTeXConverter}) would expand or recurse into, measured before it
 * does: jbibtex keeps {@code @string} macros and {@code #} joins as a tree and expands them only when a value is
 * read, its LaTeX parser recurses once per brace, and an entry's field missing is looked up along its
 * {@code crossref} chain, one call per link. So the text's braces are counted before it is parsed, and the parsed
 * file's macros, joins and cross-references are measured without being expanded; any of them beyond its bound
 * refuses the file with a {@link SourceImportRefused} naming it.
 */
final class BibTeXBounds {
    /** Braces inside braces: a title seldom needs more than three. */
    static final int MAX_BRACE_DEPTH = 64;
    /** One value as read, after its macros are expanded: more than any abstract. */
    static final int MAX_VALUE_CHARACTERS = 100_000;
    /** Every value of every entry, expanded: twice the largest file. */
    static final long MAX_TOTAL_CHARACTERS = 2L * SourceImportParser.MAX_BYTES;
    /** Macros naming macros, and parts joined by {@code #}, one inside the other. */
    static final int MAX_NESTING = 100;
    /** Entries taking their missing fields from another ({@code crossref}), one after the other. */
    static final int MAX_CROSSREF_CHAIN = 8;

    private final Map<BibTeXString, Long> macroLengths = new IdentityHashMap<>();
    private final Set<BibTeXString> expanding = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private BibTeXBounds() {
    }

    /**
     * Refuses a text whose braces nest deeper than {@link #MAX_BRACE_DEPTH}, or one of whose values joins more
     * than {@link #MAX_NESTING} parts with {@code #} (jbibtex's parser recurses once per brace and per join),
     * naming the line. A {@code #} counts outside braces and quotes, from one comma or entry to the next.
     */
    static void checkText(String text) {
        int depth = 0, line = 1, joins = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{' && ++depth > MAX_BRACE_DEPTH) {
                throw new SourceImportRefused("The file cannot be imported: its braces are nested more than "
                        + MAX_BRACE_DEPTH + " deep at line " + line + ".");
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0 && c == '@') {
                joins = 0;
                quoted = false;
            } else if (depth <= 1 && c == '"') {
                quoted = !quoted;
            } else if (depth <= 1 && !quoted && c == ',') {
                joins = 0;
            } else if (depth <= 1 && !quoted && c == '#' && ++joins > MAX_NESTING) {
                throw new SourceImportRefused("The file cannot be imported: a value joins more than " + MAX_NESTING
                        + " parts with # at line " + line + ".");
            }
        }
    }

    /** Refuses a parsed file whose macros expand too far or whose cross-references loop or chain too long. */
    static void check(BibTeXDatabase database) {
        new BibTeXBounds().checkAll(database);
    }

    private void checkAll(BibTeXDatabase database) {
        for (BibTeXObject object : database.getObjects()) {
            if (object instanceof BibTeXString string) {
                macroLength(string, 0);
            }
        }
        long total = 0;
        for (BibTeXObject object : database.getObjects()) {
            if (!(object instanceof BibTeXEntry entry)) {
                continue;
            }
            String where = "entry @" + entry.getType().getValue() + "{" + entry.getKey().getValue() + "}";
            checkCrossrefs(entry, where);
            for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
                String what = where + ": the field “" + field.getKey().getValue() + "”";
                long length = length(field.getValue(), what, 0);
                total += length;
                if (total > MAX_TOTAL_CHARACTERS) {
                    throw new SourceImportRefused("The file cannot be imported: its values expand to more than "
                            + String.format("%,d", MAX_TOTAL_CHARACTERS) + " characters in all (at " + what
                            + "); are its @string macros made to double?");
                }
            }
        }
    }

    private void checkCrossrefs(BibTeXEntry entry, String where) {
        Set<BibTeXEntry> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(entry);
        int links = 0;
        for (BibTeXEntry next = entry.getCrossReference(); next != null; next = next.getCrossReference()) {
            if (!seen.add(next)) {
                throw new SourceImportRefused(where + " cannot be read: its crossref leads back to {"
                        + next.getKey().getValue() + "} in a loop.");
            }
            if (++links > MAX_CROSSREF_CHAIN) {
                throw new SourceImportRefused(where + " cannot be read: its crossref chain is longer than "
                        + MAX_CROSSREF_CHAIN + " entries.");
            }
        }
    }

    private long macroLength(BibTeXString string, int depth) {
        Long known = macroLengths.get(string);
        if (known != null) {
            return known;
        }
        String what = "the @string macro “" + string.getKey().getValue() + "”";
        if (!expanding.add(string)) {
            throw new SourceImportRefused("The file cannot be imported: " + what + " refers to itself.");
        }
        long length = length(string.getValue(), what, depth);
        expanding.remove(string);
        macroLengths.put(string, length);
        return length;
    }

    /** The length the value has once expanded, measured part by part, never more than one over the bound. */
    private long length(Value value, String what, int depth) {
        long length = 0;
        Deque<Value> parts = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        parts.push(value);
        depths.push(depth);
        while (!parts.isEmpty()) {
            Value part = parts.pop();
            int d = depths.pop();
            if (d > MAX_NESTING) {
                throw new SourceImportRefused("The file cannot be imported: " + what + " nests macros and #-joined"
                        + " parts more than " + MAX_NESTING + " deep.");
            }
            if (part instanceof ConcateValue joined) {
                parts.push(joined.getRight());
                depths.push(d + 1);
                parts.push(joined.getLeft());
                depths.push(d + 1);
            } else if (part instanceof ReferenceValue reference) {
                length += reference.getString() == null ? reference.getValue().toUserString().length()
                        : macroLength(reference.getString(), d + 1);
            } else if (part instanceof CrossReferenceValue crossref) {
                parts.push(crossref.getValue());
                depths.push(d + 1);
            } else if (part != null) {
                length += part.toUserString().length();
            }
            if (length > MAX_VALUE_CHARACTERS) {
                throw new SourceImportRefused("The file cannot be imported: " + what + " expands to more than "
                        + String.format("%,d", MAX_VALUE_CHARACTERS) + " characters; are its @string macros made"
                        + " to double?");
            }
        }
        return length;
    }
}
