package witness.research;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jboss.resteasy.reactive.RestForm;
import witness.web.Code;
import witness.web.CopiedInput;
import witness.web.IsoDate;
import witness.web.Labelled;
import witness.web.Readable;
import witness.web.VersionRead;

/**
 * A research log entry as its form posts it and a dossier's research-log.yaml holds it. Follow-ups are one per line
 * in the form (a line starting with "[x]" is done) and a list of {text, done} in a file. Links are the keys of the
 * film's sources, people, scenes and locations.
 */
@JsonPropertyOrder({ "date", "researcher", "kind", "summary", "findings", "followUps", "sources", "people", "scenes",
        "locations" })
public class LogEntryInput implements CopiedInput<ResearchLogEntry> {
    @RestForm @Readable(IsoDate.class) public String date;
    @RestForm public String researcher;
    @RestForm @Code(ResearchKind.class) public String kind;
    @RestForm public String summary;
    @RestForm public String findings;
    /** One per line, done ones marked [x]. */
    @RestForm @JsonIgnore public String followUps;
    /** As a file holds them; when given, they are the entry's follow-ups rather than the lines above. */
    private List<FollowUp> filedFollowUps;
    @RestForm("source") public List<String> sources;
    @RestForm("person") public List<String> people;
    @RestForm("scene") public List<String> scenes;
    @RestForm("location") public List<String> locations;
    @RestForm @JsonIgnore public VersionRead version;

    /** The entry as stored, with the keys of what it links to. */
    static LogEntryInput of(ResearchLogEntry entry) {
        LogEntryInput input = new LogEntryInput();
        input.date = entry.date.toString();
        input.researcher = entry.researcher;
        input.kind = entry.kind.code();
        input.summary = entry.summary;
        input.findings = entry.findings;
        input.followUps = text(entry.followUps);
        input.sources = entry.sources.stream().map(s -> s.key).toList();
        input.people = entry.people.stream().map(p -> p.key).toList();
        input.scenes = entry.scenes.stream().map(s -> s.key).toList();
        input.locations = entry.locations.stream().map(l -> l.key).toList();
        input.version = VersionRead.of(entry.version);
        return input;
    }

    /** The entry as a dossier file holds it: links sorted by key, follow-ups as a list, no version. */
    public static LogEntryInput filed(ResearchLogEntry entry) {
        LogEntryInput input = of(entry);
        input.followUps = null;
        input.filedFollowUps = entry.followUps.stream().map(f -> new FollowUp(f.text, f.done)).toList();
        input.sources = sortedKeys(entry.sources, s -> s.key);
        input.people = sortedKeys(entry.people, p -> p.key);
        input.scenes = sortedKeys(entry.scenes, s -> s.key);
        input.locations = sortedKeys(entry.locations, l -> l.key);
        input.version = null;
        return input;
    }

    @JsonProperty("followUps")
    List<FollowUp> filedFollowUps() {
        return filedFollowUps;
    }

    /** A follow-up left empty in a file is refused at its text, not dropped. */
    @JsonProperty("followUps")
    void filedFollowUps(List<FollowUp> items) {
        filedFollowUps = items == null ? null
                : items.stream().map(f -> f == null ? new FollowUp(null, false) : f).toList();
    }

    /** Copies the entry's own fields and follow-ups onto an entry (its links are the editor's to find). */
    @Override
    public void copyTo(ResearchLogEntry entry, UnaryOperator<String> text) {
        entry.date = IsoDate.parse(date);
        entry.researcher = text.apply(researcher);
        entry.kind = Labelled.of(ResearchKind.class, kind);
        entry.summary = text.apply(summary);
        entry.findings = text.apply(findings);
        entry.followUps.clear();
        entry.followUps.addAll(filedFollowUps == null ? followUps(followUps)
                : filedFollowUps.stream().map(f -> new FollowUp(f.text, f.done)).toList());
    }

    /** Sorted in Java, not by the database: its collation (en_US ignores hyphens) would change a file's bytes. */
    private static <T> List<String> sortedKeys(Collection<T> linked, Function<T, String> key) {
        return linked.stream().map(key).sorted().toList();
    }

    /** The text of a follow-up list as the form shows it: one per line, done ones marked [x]. */
    public static String text(List<FollowUp> followUps) {
        StringBuilder text = new StringBuilder();
        followUps.forEach(f -> text.append(f.done ? "[x] " : "").append(f.text).append('\n'));
        return text.toString();
    }

    private static List<FollowUp> followUps(String text) {
        List<FollowUp> followUps = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                String item = line.strip();
                boolean done = item.toLowerCase(Locale.ROOT).startsWith("[x]");
                item = item.replaceFirst("^\\[[ xX]?\\]\\s*", "");
                if (!item.isEmpty()) {
                    followUps.add(new FollowUp(item, done));
                }
            }
        }
        return followUps;
    }
}
