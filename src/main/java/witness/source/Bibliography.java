package witness.source;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A film's bibliography in Chicago notes-bibliography style, grouped by source type (books, articles,
 * archive documents, film and broadcast, images, other), each group sorted as the style sorts.
 */
public record Bibliography(List<Group> groups) {

    /** The kinds of source a bibliography heads, in order, and the CSL types each takes. */
    public enum Kind {
        BOOKS("Books", Set.of("book", "chapter", "thesis", "report", "classic")),
        ARTICLES("Articles", Set.of("article", "article-journal", "article-magazine", "article-newspaper",
                "periodical", "review", "review-book", "paper-conference", "entry", "entry-dictionary",
                "entry-encyclopedia", "post", "post-weblog", "webpage")),
        ARCHIVE("Archive documents", Set.of("manuscript", "letter", "personal_communication", "document",
                "collection", "legal_case", "legislation", "regulation")),
        FILM("Film and broadcast", Set.of("motion_picture", "broadcast", "song", "interview", "performance")),
        IMAGES("Images", Set.of("graphic", "figure", "map")),
        OTHER("Other", Set.of());

        public final String heading;
        private final Set<String> types;

        Kind(String heading, Set<String> types) {
            this.heading = heading;
            this.types = types;
        }

        public String id() {
            return name().toLowerCase();
        }

        public static Kind of(String cslType) {
            for (Kind k : values()) {
                if (k.types.contains(cslType)) {
                    return k;
                }
            }
            return OTHER;
        }
    }

    /** A heading and its entries. */
    public record Group(Kind kind, List<Entry> entries) {
    }

    /**
     * One entry: its source and the style's HTML for it (escaped; may be written raw). The style leaves
     * out of a bibliography what readers cannot consult (unpublished manuscripts and documents, talks, with
     * no archive): those are listed after the others, in their full note form, as cited in notes only.
     */
    public record Entry(Source source, String html, boolean notesOnly) {
    }

    /** The bibliography of these sources; groups without sources are left out. */
    public static Bibliography of(Collection<Source> sources) {
        if (sources.isEmpty()) {
            return new Bibliography(List.of());
        }
        Map<Kind, List<Source>> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        sources.forEach(s -> byKind.get(Kind.of(s.type)).add(s));
        List<Group> groups = new ArrayList<>();
        try (ChicagoStyle style = ChicagoStyle.of(sources)) {
            byKind.forEach((kind, members) -> {
                if (!members.isEmpty()) {
                    groups.add(group(style, kind, members));
                }
            });
        }
        return new Bibliography(groups);
    }

    /** A group's entries in the style's order, then the sources cited in notes only, by author and title. */
    private static Group group(ChicagoStyle style, Kind kind, List<Source> members) {
        List<Entry> entries = new ArrayList<>();
        List<Entry> notesOnly = new ArrayList<>();
        for (Source s : members) {
            String own = style.entry(s);
            if (own.isEmpty()) {
                notesOnly.add(new Entry(s, style.note(s, null), true));
            } else {
                entries.add(new Entry(s, own, false));
            }
        }
        List<Entry> sorted = new ArrayList<>(ChicagoStyle.sorted(entries, Entry::html));
        notesOnly.sort(Comparator.comparing(e -> sortName(e.source()), Collator.getInstance(Locale.ENGLISH)));
        sorted.addAll(notesOnly);
        return new Group(kind, sorted);
    }

    /** A source as a bibliography sorts it: its first author's family name (else the title), then the title. */
    static String sortName(Source s) {
        String title = ChicagoStyle.sortKey(s.title)[0];
        return s.names.stream().filter(n -> SourceName.AUTHOR.equals(n.role)).findFirst()
                .map(n -> (n.family != null ? n.family + " " + n.given : n.literal) + " " + title).orElse(title);
    }

    public int size() {
        return groups.stream().mapToInt(g -> g.entries().size()).sum();
    }
}
