package witness.film;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last part of a number as printed on a locked script — "4", "4A", "A4A" — in Final Draft's order: 4, A4A,
 * B4A, 4A, 4B … 4Z, 4AA, 5. A letter after the digits follows the number it is lettered from; a letter before
 * them comes just before the number it is put in front of (A1 is before 1).
 *
 * <p>Where a new item goes on a locked script ({@link #between}): after 2.3, with 2.4 next, it is 2.3A, then
 * 2.3B; between 2.3 and 2.3A it is 2.3A with a letter in front, 2.A3A (Final Draft's convention); before the
 * first, A1; after the last, the next whole number when no page printed it (2.6 after 2.5), else a letter.
 */
public record PrintedNumber(String prefix, int digits, String suffix) implements Comparable<PrintedNumber> {
    private static final Pattern FORM = Pattern.compile("([A-Z]{0,3})([0-9]{1,6})([A-Z]{0,3})");
    private static final Comparator<String> LETTERS = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());
    private static final Comparator<PrintedNumber> ORDER = Comparator.comparingInt(PrintedNumber::digits)
            .thenComparing(PrintedNumber::suffix, LETTERS)
            .thenComparing(n -> n.prefix.isEmpty())
            .thenComparing(PrintedNumber::prefix, LETTERS);

    /** The last part of a full number ("2.3A" → 3A); null for one that is not of this form. */
    public static PrintedNumber lastOf(String number) {
        if (number == null) {
            return null;
        }
        Matcher m = FORM.matcher(number.substring(number.lastIndexOf('.') + 1));
        return m.matches() ? new PrintedNumber(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
    }

    @Override
    public int compareTo(PrintedNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return prefix + digits + suffix;
    }

    /**
     * The last part for an item put between two siblings (either may be null: the first or the last place), with
     * {@code parent} before it ("2." for a scene of sequence 2, "" for a sequence), that is none of the numbers
     * {@code taken} (every number printed for an item of its kind, omitted ones included). Always answers: where
     * the siblings are out of order (an item moved while locked) the order gives way, never uniqueness.
     */
    public static String between(PrintedNumber previous, PrintedNumber next, String parent, Collection<String> taken) {
        if (previous == null && next == null) {
            int highest = taken.stream().filter(t -> t.startsWith(parent) && t.indexOf('.', parent.length()) < 0)
                    .map(PrintedNumber::lastOf).filter(n -> n != null).mapToInt(PrintedNumber::digits).max().orElse(0);
            return free(new PrintedNumber("", highest + 1, ""), parent, taken, "suffix");
        }
        if (previous == null) {
            PrintedNumber before = next.prefix.isEmpty() ? new PrintedNumber("A", next.digits, next.suffix) : null;
            if (before != null && !taken.contains(parent + before)) {
                return before.toString();
            }
            return free(new PrintedNumber("", next.digits, next.suffix), parent, taken, "prefix");
        }
        if (next == null || previous.compareTo(next) >= 0) {
            PrintedNumber whole = new PrintedNumber("", previous.digits + 1, "");
            if (next == null && !taken.contains(parent + whole)) {
                return whole.toString();
            }
            return free(previous.withoutPrefix(), parent, taken, "suffix");
        }
        for (PrintedNumber candidate : new PrintedNumber[] {
                fitting(previous.withoutPrefix(), next, parent, taken, "suffix"),
                previous.prefix.isEmpty() ? null : fitting(previous, next, parent, taken, "prefix"),
                next.prefix.isEmpty() ? fitting(new PrintedNumber("A", next.digits, next.suffix), next, parent, taken,
                        "same") : null }) {
            if (candidate != null && candidate.compareTo(previous) > 0) {
                return candidate.toString();
            }
        }
        return free(previous.withoutPrefix(), parent, taken, "suffix");
    }

    private PrintedNumber withoutPrefix() {
        return new PrintedNumber("", digits, suffix);
    }

    /** The first number from {@code start} on (lettered the way {@code how} says) that is free and before next. */
    private static PrintedNumber fitting(PrintedNumber start, PrintedNumber next, String parent,
            Collection<String> taken, String how) {
        PrintedNumber n = "same".equals(how) ? start : start.lettered(how);
        for (int i = 0; i < 26 * 27 && n.compareTo(next) < 0; i++) {
            if (!taken.contains(parent + n)) {
                return n;
            }
            n = n.lettered("same".equals(how) ? "prefix" : how);
        }
        return null;
    }

    /** The first free number lettered from {@code start} the way {@code how} says (start itself when free). */
    private static String free(PrintedNumber start, String parent, Collection<String> taken, String how) {
        PrintedNumber n = start;
        while (taken.contains(parent + n)) {
            n = n.lettered(how);
        }
        return n.toString();
    }

    /** The next letter after the digits ("suffix": 4 → 4A, 4Z → 4AA) or before them ("prefix": A4A → B4A). */
    private PrintedNumber lettered(String how) {
        return "prefix".equals(how) ? new PrintedNumber(next(prefix), digits, suffix)
                : new PrintedNumber(prefix, digits, next(suffix));
    }

    /** "" → A, A → B, Z → AA, AZ → BA, ZZ → AAA. */
    static String next(String letters) {
        char[] c = letters.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] < 'Z') {
                c[i]++;
                return new String(c);
            }
            c[i] = 'A';
        }
        return "A" + new String(c);
    }
}
