package witness.research;

import static witness.web.Texts.capitalized;
import static witness.web.Texts.plural;

import java.util.ArrayList;
import java.util.List;
import witness.chronology.ChronologyEvent;
import witness.film.Citation;
import witness.film.Shot;
import witness.interview.Testimony;
import witness.source.Source;

/** What goes with a source when it is deleted, said before anyone confirms; or why it cannot be. */
public record SourceDeletion(String title, long citations, long shots, long events, long logEntries,
        List<Testimony> testimonies) {

    static SourceDeletion of(Source source) {
        return new SourceDeletion(source.title,
                Citation.count("source", source),
                Shot.count("source", source),
                ChronologyEvent.count("select count(e) from ChronologyEvent e join e.sources s where s = ?1", source),
                ResearchLogEntry.count("select count(r) from ResearchLogEntry r join r.sources s where s = ?1", source),
                Testimony.list("from Testimony t join fetch t.person where t.source = ?1 order by t.key", source));
    }

    public boolean allowed() {
        return testimonies.isEmpty();
    }

    /** "3 citations are deleted; 2 shots lose their source (the shots stay); …" — only what there is. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (citations > 0) {
            parts.add(plural(citations, "citation of it is", "citations of it are") + " deleted");
        }
        if (shots > 0) {
            parts.add(shots == 1 ? "1 shot loses its source (the shot stays)"
                    : shots + " shots lose their source (the shots stay)");
        }
        if (events > 0) {
            parts.add(plural(events, "chronology event no longer cites", "chronology events no longer cite") + " it");
        }
        if (logEntries > 0) {
            parts.add(plural(logEntries, "research log entry is", "research log entries are") + " unlinked from it");
        }
        return parts.isEmpty() ? "Nothing else refers to it." : capitalized(String.join("; ", parts)) + ".";
    }

    /** Why the source cannot be deleted now. */
    public String refusal() {
        return "'" + title + "' cannot be deleted while " + Testimony.takenFrom(testimonies)
                + " Give them another source or delete them first.";
    }
}
