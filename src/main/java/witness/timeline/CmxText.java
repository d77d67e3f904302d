package witness.timeline;

import com.ibm.icu.text.Transliterator;

/**
 * Text as a CMX 3600 list may hold it: printable ASCII. Names the team wrote in other scripts are transliterated
 * (Оренбург becomes Orenburg, Müller Muller, a dash -), what is left outside ASCII is dropped, and line breaks
 * become spaces so that a name never ends a comment line early.
 */
final class CmxText {
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private CmxText() {
    }

    static String ascii(String text) {
        String latin;
        // ICU transliterators are not documented as safe to share between threads.
        synchronized (TO_ASCII) {
            latin = TO_ASCII.transliterate(text);
        }
        StringBuilder kept = new StringBuilder(latin.length());
        latin.codePoints().map(c -> Character.isWhitespace(c) ? ' ' : c).filter(c -> c >= 0x20 && c < 0x7F)
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }
}
