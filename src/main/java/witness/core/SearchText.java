package witness.core;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import witness.web.Highlights;

/**
 * An item's searched texts in one column, folded as a search's words are ({@link Highlights#fold}), so that the
 * site search is one {@code like} a row instead of folding every text of every row in SQL at every search.
 * {@link SearchTextListener} sets it on every write; {@code search.SearchTexts} fills rows written before.
 */
public final class SearchText {
    /** The column's length: longer texts lose their end (the site search finds an item by its first 65,535). */
    public static final int MAX = 65_535;

    private SearchText() {
    }

    public static String of(String... texts) {
        String joined = Stream.of(texts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String folded = Highlights.fold(joined);
        return folded.length() > MAX ? folded.substring(0, MAX) : folded;
    }
}
