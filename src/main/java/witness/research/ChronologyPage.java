package witness.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import witness.chronology.ChronologyEvent;
import witness.chronology.Timeline;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.person.Person;
import witness.source.Source;
import witness.source.SourceChoices;

/**
 * What the chronology page shows: the events in order, each with its people, sources and the scenes
 * that cover it, the timeline drawn from them with the sequences as bands, and what the event form
 * offers. A fixed number of queries, whatever the number of events.
 */
public record ChronologyPage(List<Entry> entries, Timeline timeline, Choices choices) {

    /** An event with the scenes that cover it, in film order. */
    public record Entry(ChronologyEvent event, List<Person> people, List<Source> sources, List<Scene> scenes) {
    }

    /**
     * What the selects of an event form offer; on a long series its sources through a search box
     * ({@code findSources}: those picked and those its words find).
     */
    public record Choices(List<Person> people, List<Source> sources, boolean findSources, List<Scene> scenes) {
        public static Choices of(Film film, List<String> picked, String words) {
            return of(film, picked, words, scenesOf(film));
        }

        static Choices of(Film film, List<String> picked, String words, List<Scene> scenes) {
            boolean findSources = SourceChoices.searched(film);
            return new Choices(Person.ofFilm(film), SourceChoices.offered(film, findSources, picked, words),
                    findSources, scenes);
        }
    }

    /** The page with an event form that has picked these sources and typed these words in its search box. */
    public static ChronologyPage of(Film film, List<String> picked, String words) {
        List<ChronologyEvent> events = ChronologyEvent.list("select e from ChronologyEvent e"
                + " left join fetch e.people where e.film = ?1", film);
        ChronologyEvent.list("select e from ChronologyEvent e left join fetch e.sources where e.film = ?1",
                film);
        events = events.stream().sorted(Comparator.comparing((ChronologyEvent e) -> e.date)
                .thenComparing(e -> e.key)).toList();
        List<Scene> scenes = scenesOf(film);

        Map<ChronologyEvent, List<Scene>> covering = new LinkedHashMap<>();
        Map<Sequence, List<Timeline.Event>> bySequence = new LinkedHashMap<>();
        Map<ChronologyEvent, Timeline.Event> shown = new LinkedHashMap<>();
        for (ChronologyEvent event : events) {
            shown.put(event, new Timeline.Event(event.key, event.when(), label(event)));
        }
        for (Scene scene : scenes) {
            List<Timeline.Event> spans = bySequence.computeIfAbsent(scene.sequence, q -> new ArrayList<>());
            for (ChronologyEvent event : scene.events) {
                covering.computeIfAbsent(event, e -> new ArrayList<>()).add(scene);
                spans.add(shown.get(event));
            }
        }
        List<Timeline.Span> bands = bySequence.entrySet().stream()
                .map(e -> new Timeline.Span(e.getKey().key, e.getKey().position + " " + e.getKey().title, e.getValue()))
                .toList();
        Timeline timeline = Timeline.of(List.copyOf(shown.values()), bands);

        List<Entry> entries = events.stream().map(e -> new Entry(e,
                e.people.stream().sorted(Comparator.comparing((Person p) -> p.name)).toList(),
                e.sources.stream().sorted(Comparator.comparing((Source s) -> s.title)).toList(),
                covering.getOrDefault(e, List.of()))).toList();
        return new ChronologyPage(entries, timeline, Choices.of(film, picked, words, scenes));
    }

    /** The film's scenes in film order with their sequences and the events they cover. */
    static List<Scene> scenesOf(Film film) {
        return Scene.list("select sc from Scene sc join fetch sc.sequence q left join fetch sc.events"
                + " where q.film = ?1 order by q.position, sc.position", film);
    }

    /** A marker's title: "17 November 1947, Mexico City: Serge dies…" */
    static String label(ChronologyEvent event) {
        String text = event.description.length() > 140 ? event.description.substring(0, 139) + "…" : event.description;
        return event.when().display() + (event.place == null ? "" : ", " + event.place) + ": " + text;
    }
}
