package witness.research;

import java.util.Comparator;
import java.util.List;
import witness.chronology.ChronologyEvent;
import witness.film.Citation;
import witness.film.Shot;
import witness.interview.Testimony;
import witness.source.Source;

/**
 * Everything the source page shows of one source: where it is cited (citations, shots, testimonies,
 * chronology events, research log entries), read in a fixed number of queries whatever the size of the film.
 */
public record SourcePage(Source source, List<Citation> citations, List<Shot> shots, List<Testimony> testimonies,
        List<ChronologyEvent> events, List<ResearchLogEntry> logEntries) {

    public static SourcePage of(Source source) {
        List<Citation> citations = Citation.list("from Citation c join fetch c.scene sc join fetch sc.sequence"
                + " left join fetch c.shot sh left join fetch sh.location left join fetch sh.person"
                + " left join fetch c.testimony t left join fetch t.person left join fetch t.interview"
                + " where c.source = ?1", source);
        citations = citations.stream().sorted(Comparator.comparingInt((Citation c) -> c.scene.sequence.position)
                .thenComparingInt(c -> c.scene.position).thenComparingInt(c -> c.position)).toList();
        List<Shot> shots = Shot.list("from Shot sh join fetch sh.scene sc join fetch sc.sequence"
                + " left join fetch sh.location left join fetch sh.person where sh.source = ?1", source);
        shots = shots.stream().sorted(Comparator.comparingInt((Shot s) -> s.scene.sequence.position)
                .thenComparingInt(s -> s.scene.position).thenComparingInt(s -> s.position)).toList();
        List<Testimony> testimonies = Testimony.list("from Testimony t join fetch t.person left join fetch t.interview"
                + " where t.source = ?1 order by t.key", source);
        List<ChronologyEvent> events = ChronologyEvent.list("select e from ChronologyEvent e join e.sources s"
                + " where s = ?1 order by e.date, e.key", source);
        List<ResearchLogEntry> entries = ResearchLogEntry.list("select r from ResearchLogEntry r join r.sources s"
                + " where s = ?1 order by r.date desc, r.id desc", source);
        return new SourcePage(source, citations, shots, testimonies, events, entries);
    }

    /** Nowhere: no citation, shot, testimony, event or log entry refers to it. */
    public boolean uncited() {
        return citations.isEmpty() && shots.isEmpty() && testimonies.isEmpty() && events.isEmpty()
                && logEntries.isEmpty();
    }
}
