package witness.film;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import witness.interview.Testimony;
import witness.source.ChicagoStyle;
import witness.source.Source;
import witness.source.SourceName;

/**
 * The numbered footnotes of a scene (and, later, of the script): sources in Chicago notes style by
 * citeproc-java, testimonies as "Vlady Kibalchich, interview, 00:12:30–00:13:05" or through their
 * written source. One style object serves all the notes of a page.
 */
public final class Footnotes {
    private Footnotes() {
    }

    /** One footnote: its number, its citation and its HTML (escaped; may be written raw). */
    public record Footnote(int number, Citation citation, String html) {
    }

    /** The footnotes of these citations, numbered in their order. */
    public static List<Footnote> of(List<Citation> citations) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Citation c : citations) {
            if (c.source != null) {
                sources.putIfAbsent(c.source.key, c.source);
            } else if (c.testimony != null && c.testimony.source != null) {
                sources.putIfAbsent(c.testimony.source.key, c.testimony.source);
            }
        }
        if (sources.isEmpty()) {
            return numbered(citations, null);
        }
        try (ChicagoStyle style = ChicagoStyle.of(sources.values())) {
            return numbered(citations, style);
        }
    }

    private static List<Footnote> numbered(List<Citation> citations, ChicagoStyle style) {
        Set<String> cited = new HashSet<>();
        List<Footnote> notes = new ArrayList<>();
        for (Citation c : citations) {
            notes.add(new Footnote(notes.size() + 1, c, note(style, c, cited)));
        }
        return notes;
    }

    /** The note of a citation; a source already in {@code cited} takes the short form, and joins it. */
    static String note(ChicagoStyle style, Citation c, Set<String> cited) {
        if (c.source != null) {
            return cite(style, c.source, c.locator, cited);
        }
        return testimony(style, c.testimony, c.locator, cited);
    }

    private static String cite(ChicagoStyle style, Source source, String locator, Set<String> cited) {
        return cited.add(source.key) ? style.note(source, locator) : style.shortNote(source, locator);
    }

    /**
     * An interview bite by its speaker and timecodes (the citation's locator, else the bite's in–out);
     * words from a written source by that source in the style, at the citation's locator or the bite's page.
     */
    static String testimony(ChicagoStyle style, Testimony t, String locator, Set<String> sourcesCited) {
        if (t.interview != null || t.source == null) {
            StringBuilder cited = new StringBuilder(t.person.name);
            if (t.interview != null) {
                cited.append(", interview");
            }
            String at = locator != null ? locator
                    : t.timecodeIn == null ? (t.page == null ? null : "p. " + t.page)
                    : t.timecodeIn + (t.timecodeOut == null ? "" : "\u2013" + t.timecodeOut);
            if (at != null) {
                cited.append(", ").append(at);
            }
            return ChicagoStyle.plain(cited.toString());
        }
        String note = cite(style, t.source, locator != null ? locator : t.page == null ? null : "p. " + t.page,
                sourcesCited);
        boolean ownWords = t.source.names.stream().anyMatch(n -> SourceName.AUTHOR.equals(n.role)
                && t.person.name.equalsIgnoreCase(n.display()));
        return ownWords ? note : ChicagoStyle.escape(t.person.name) + ", quoted in " + note;
    }
}
