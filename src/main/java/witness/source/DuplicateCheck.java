package witness.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a source is already there: same DOI, or same ISBN (ISBN-10 and ISBN-13 of a book are
 * the same), or the same title once case, accents, punctuation and spacing are set aside and the same year.
 */
public final class DuplicateCheck {
    /** What a source duplicates: an existing source (by key) or an earlier item of the file (by number). */
    public record Match(String sourceKey, Integer itemNumber, String reason) {
        public String describe() {
            return (sourceKey != null ? "source " + sourceKey : "item " + itemNumber) + " (" + reason + ")";
        }
    }

    private record Known(String sourceKey, Integer itemNumber) {
    }

    private final Map<String, Known> dois = new HashMap<>();
    private final Map<String, Known> isbns = new HashMap<>();
    private final Map<String, Known> titles = new HashMap<>();

    public DuplicateCheck(List<Source> existing) {
        for (Source s : existing) {
            remember(s, new Known(s.key, null));
        }
    }

    /** The first match of the item among the film's sources and the items seen before; then remembers it. */
    public Optional<Match> check(Source item, int number) {
        Optional<Match> match = find(item);
        remember(item, new Known(null, number));
        return match;
    }

    private Optional<Match> find(Source s) {
        String doi = doi(s.doi);
        if (doi != null && dois.containsKey(doi)) {
            return Optional.of(match(dois.get(doi), "same DOI " + s.doi.strip()));
        }
        for (String isbn : isbns(s.isbn)) {
            if (isbns.containsKey(isbn)) {
                return Optional.of(match(isbns.get(isbn), "same ISBN " + isbn));
            }
        }
        String title = titleAndYear(s);
        if (title != null && titles.containsKey(title)) {
            return Optional.of(match(titles.get(title), "same title and year"));
        }
        return Optional.empty();
    }

    private void remember(Source s, Known known) {
        String doi = doi(s.doi);
        if (doi != null) {
            dois.putIfAbsent(doi, known);
        }
        for (String isbn : isbns(s.isbn)) {
            isbns.putIfAbsent(isbn, known);
        }
        String title = titleAndYear(s);
        if (title != null) {
            titles.putIfAbsent(title, known);
        }
    }

    private static Match match(Known known, String reason) {
        return new Match(known.sourceKey(), known.itemNumber(), reason);
    }

    /** "Mémoires d’un révolutionnaire!" and "memoires d un revolutionnaire" are the same title. */
    public static String normalisedTitle(String title) {
        if (title == null) {
            return "";
        }
        return Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String titleAndYear(Source s) {
        String title = normalisedTitle(s.title);
        if (title.isEmpty()) {
            return null;
        }
        String year = s.issued == null || s.issued.length() < 4 ? "" : s.issued.substring(0, 4);
        return title + "|" + year;
    }

    /** 10.1234/ABC, doi:10.1234/abc and https://doi.org/10.1234/abc are the same DOI. */
    static String doi(String doi) {
        if (doi == null || doi.isBlank()) {
            return null;
        }
        String d = doi.strip().toLowerCase(Locale.ROOT).replaceFirst("^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
        return d.isEmpty() ? null : d;
    }

    /** Every ISBN of the field (Zotero may hold several, space-separated) as ISBN-13 digits. */
    static Set<String> isbns(String field) {
        Set<String> found = new LinkedHashSet<>();
        if (field == null) {
            return found;
        }
        List<String> candidates = new ArrayList<>();
        for (String part : field.split("[\\s,;]+(?=[0-9])")) {
            candidates.add(part.toUpperCase(Locale.ROOT).replaceAll("[^0-9X]", ""));
        }
        for (String c : candidates) {
            if (c.length() == 13) {
                found.add(c);
            } else if (c.length() == 10) {
                String body = "978" + c.substring(0, 9);
                int sum = 0;
                for (int i = 0; i < 12; i++) {
                    sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
                }
                found.add(body + (10 - sum % 10) % 10);
            } else if (!c.isEmpty()) {
                found.add(c);
            }
        }
        return found;
    }
}
