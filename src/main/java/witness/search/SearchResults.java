package witness.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import witness.core.Film;
import witness.core.WordSearch;
import witness.film.Scene;
import witness.film.Shot;
import witness.interview.Testimony;
import witness.interview.TranscriptLine;
import witness.person.Person;
import witness.chronology.ChronologyEvent;
import witness.research.ResearchLogEntry;
import witness.source.Source;
import witness.web.Formats;
import witness.web.Highlights.Segment;
import witness.web.Highlights;

/** What one search box found in a film, grouped by kind, each match marked. */
public record SearchResults(String q, List<String> terms, List<Group> groups) {
    static final int SNIPPET = 220;
    /** A testimony (x) whose speaker's name holds the term. */
    private static final String BY_SPEAKER = "x.person.id in (select p.id from Person p where p.film = :film and "
            + WordSearch.folded("p.name") + " like :term escape '!')";
    /** A research log entry (x) one of whose follow-ups holds the term. */
    private static final String BY_FOLLOW_UP = "x.id in (select e2.id from ResearchLogEntry e2 join e2.followUps f"
            + " where e2.film = :film and " + WordSearch.folded("f.text") + " like :term escape '!')";

    /** One found item: its name and where it is, and the passage that matched. */
    public record Hit(List<Segment> title, String href, String meta, List<Segment> snippet) {
    }

    /** The items of one kind; {@code more} when there were more than the page shows. */
    public record Group(String id, String label, List<Hit> hits, boolean more) {
        public int shown() {
            return hits.size();
        }
    }

    public int total() {
        return groups.stream().mapToInt(Group::shown).sum();
    }

    public boolean asked() {
        return !terms.isEmpty();
    }

    public static SearchResults of(Film film, String q) {
        List<String> terms = Highlights.terms(q);
        if (terms.isEmpty()) {
            return new SearchResults(q == null ? "" : q.strip(), terms, List.of());
        }
        WordSearch search = new WordSearch(film, terms);
        String base = "/films/" + film.slug;
        List<Group> groups = Stream.of(
                scenes(search, base, terms), shots(search, base, terms), sources(search, base, terms),
                testimonies(search, base, terms), transcripts(search, base, terms, q.strip()),
                researchLog(search, base, terms), people(search, base, terms), chronology(search, base, terms))
                .filter(g -> !g.hits().isEmpty()).toList();
        return new SearchResults(q.strip(), terms, groups);
    }

    private static Group scenes(WordSearch search, String base, List<String> terms) {
        List<Scene> scenes = search.findStored(Scene.class, "Scene x join fetch x.sequence", "x.sequence.film",
                List.of(), "x.sequence.position, x.position");
        return group("scenes", "Scenes", scenes, s -> new Hit(Highlights.segments(s.number() + " " + s.title, terms),
                base + "/scenes/" + s.key, s.sequence.title,
                snippet(terms, Formats.plain(s.narration), s.purpose, s.setting, s.era)));
    }

    private static Group shots(WordSearch search, String base, List<String> terms) {
        List<Shot> shots = search.findStored(Shot.class, "Shot x join fetch x.scene sc join fetch sc.sequence",
                "x.scene.sequence.film", List.of(), "x.scene.sequence.position, x.scene.position, x.position");
        return group("shots", "Shots", shots, s -> new Hit(List.of(new Segment("Shot " + s.number(), false)),
                base + "/shots?scene=" + s.scene.key + "#shot-" + s.key, s.kind.label() + " · " + s.scene.title,
                snippet(terms, s.description, s.notes)));
    }

    private static Group sources(WordSearch search, String base, List<String> terms) {
        List<Source> sources = search.findStored(Source.class, "Source x", "x.film",
                List.of(WordSearch.SOURCE_BY_NAME), "x.title");
        return group("sources", "Sources", sources, s -> new Hit(Highlights.segments(s.title, terms),
                base + "/sources/" + s.key, authors(s),
                snippet(terms, s.note, s.archive, s.archiveLocation, s.callNumber, s.containerTitle, s.publisher,
                        s.rightsHolder)));
    }

    private static Group testimonies(WordSearch search, String base, List<String> terms) {
        List<Testimony> testimonies = search.findStored(Testimony.class,
                "Testimony x join fetch x.person left join fetch x.source left join fetch x.interview", "x.film",
                List.of(BY_SPEAKER), "x.person.name, x.key");
        return group("testimonies", "Testimonies", testimonies, t -> new Hit(Highlights.segments(t.person.name, terms),
                t.path(), t.origin(), Highlights.snippet(t.text, terms, SNIPPET)));
    }

    private static Group transcripts(WordSearch search, String base, List<String> terms, String q) {
        List<TranscriptLine> lines = search.findStored(TranscriptLine.class,
                "TranscriptLine x join fetch x.transcript t join fetch t.interview i left join fetch i.person",
                "x.transcript.interview.film", List.of(), "x.transcript.interview.key, x.position");
        return group("transcripts", "Transcripts", lines, l -> new Hit(
                List.of(new Segment(l.transcript.interview.interviewee() + ", " + l.start(), false)),
                base + "/interviews/" + l.transcript.interview.key + "/transcript?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "#line-"
                        + l.position,
                l.speaker == null ? "Interview" : l.speaker, Highlights.snippet(l.text, terms, SNIPPET)));
    }

    private static Group researchLog(WordSearch search, String base, List<String> terms) {
        List<ResearchLogEntry> entries = search.findStored(ResearchLogEntry.class, "ResearchLogEntry x", "x.film",
                List.of(BY_FOLLOW_UP), "x.date desc, x.id desc");
        return group("research-log", "Research log", entries, e -> new Hit(Highlights.segments(e.summary, terms),
                base + "/research-log/" + e.id, Formats.human(e.date) + " · " + e.researcher + " · " + e.kind.label(),
                snippet(terms, Formats.plain(e.findings), e.followUps.stream().map(f -> f.text).toArray(String[]::new))));
    }

    private static Group people(WordSearch search, String base, List<String> terms) {
        List<Person> people = search.findStored(Person.class, "Person x", "x.film", List.of(), "x.name");
        return group("people", "People", people, p -> new Hit(Highlights.segments(p.name, terms),
                base + "/people/" + p.key, p.relation == null ? "" : p.relation,
                snippet(terms, Formats.plain(p.notes), p.relation)));
    }

    private static Group chronology(WordSearch search, String base, List<String> terms) {
        List<ChronologyEvent> events = search.findStored(ChronologyEvent.class, "ChronologyEvent x", "x.film",
                List.of(), "x.date, x.key");
        return group("chronology", "Chronology", events, e -> new Hit(
                List.of(new Segment(e.when().display(), false)), base + "/chronology#event-" + e.key,
                e.place == null ? "" : e.place, snippet(terms, e.description, e.place)));
    }

    private static <T> Group group(String id, String label, List<T> found, Function<T, Hit> hit) {
        boolean more = found.size() > WordSearch.LIMIT;
        return new Group(id, label, found.stream().limit(WordSearch.LIMIT).map(hit).toList(), more);
    }

    private static String authors(Source s) {
        return s.names.stream().map(n -> n.display()).filter(Objects::nonNull).reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    /** The passage of the first of these texts that holds a term; none when only a title matched. */
    private static List<Segment> snippet(List<String> terms, String first, String... others) {
        return Stream.concat(Stream.of(first), Stream.of(others)).filter(t -> Highlights.contains(t, terms))
                .findFirst().map(t -> Highlights.snippet(t, terms, SNIPPET)).orElse(List.of());
    }
}
