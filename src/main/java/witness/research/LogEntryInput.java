package witness.research;

import static witness.web.Texts.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import witness.web.Code;
import witness.web.IsoDate;
import witness.web.Labelled;
import witness.web.Readable;
import witness.web.VersionRead;

/**
 * A research log entry as its form posts it. Follow-ups are one per line; a line starting with "[x]" is done. Links
 * are the keys of the film's sources, people, scenes and locations.
 */
public class LogEntryInput {
    @RestForm
    @Readable(IsoDate.class)
    public String date;
    @RestForm
    public String researcher;
    @RestForm
    @Code(ResearchKind.class)
    public String kind;
    @RestForm
    public String summary;
    @RestForm
    public String findings;
    /** One per line, done ones marked [x]. */
    @RestForm
    public String followUps;
    @RestForm("source")
    public List<String> sources;
    @RestForm("person")
    public List<String> people;
    @RestForm("scene")
    public List<String> scenes;
    @RestForm("location")
    public List<String> locations;
    @RestForm
    public VersionRead version;

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

    /** Copies the entry's own fields and follow-ups onto an entry (its links are the editor's to find). */
    void applyTo(ResearchLogEntry entry) {
        entry.date = IsoDate.parse(date);
        entry.researcher = blankToNull(researcher);
        entry.kind = Labelled.of(ResearchKind.class, kind);
        entry.summary = blankToNull(summary);
        entry.findings = blankToNull(findings);
        entry.followUps.clear();
        entry.followUps.addAll(followUps(followUps));
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
