package witness.script;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import witness.core.Film;
import witness.film.CameraMovement;
import witness.film.Footnotes.Footnote;
import witness.film.Framing;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.film.ShotKind;
import witness.film.ShotStatus;
import witness.interview.Interview;
import witness.interview.Testimony;
import witness.person.Person;
import witness.script.ShootingScript.Audio;
import witness.script.ShootingScript.Bite;
import witness.script.ShootingScript.Cue;
import witness.script.ShootingScript.Narration;
import witness.script.ShootingScript.Part;
import witness.script.ShootingScript.Revision;
import witness.script.ShootingScript.Row;
import witness.script.ShootingScript.ScriptScene;
import witness.source.Source;

/**
 * What an issued draft keeps ({@link ScriptDraft}): the whole script as it went out, in plain values, so that
 * later edits to the film leave it as issued. It is made from the script as assembled ({@link #of}) and turns
 * back into one ({@link #script}) that the HTML, PDF, Fountain and FDX writers lay out as they lay out the film's.
 */
public record DraftSnapshot(TitlePage titlePage, int seconds, List<SequenceEntry> sequences) {

    /** The title page's facts as they were when the draft was issued. */
    public record TitlePage(String title, String broadcaster, String logline, Integer targetMinutes,
            TitlePageInput credits) {
    }

    public record SequenceEntry(String key, String number, String title, String synopsis, boolean omitted,
            List<SceneEntry> scenes) {
    }

    public record SceneEntry(String key, String number, String title, String purpose, String setting, String era,
            boolean omitted, int seconds, int cumulative, List<Integer> notes, List<RowEntry> rows,
            List<NoteEntry> footnotes) {
        /** The rows whose place is this scene's heading or its rows ("heading", "0", "1" …), as a revision names them. */
        Map<String, RowEntry> rowsByIdentity() {
            Map<String, RowEntry> rows = new HashMap<>();
            this.rows.forEach(r -> rows.putIfAbsent(r.identity(), r));
            return rows;
        }
    }

    /** A row: its shot (key null for words without a picture, or an omitted shot's row) and what is heard. */
    public record RowEntry(String shot, String number, String kind, String framing, String movement, Integer seconds,
            String status, String description, String notes, SourceEntry source, boolean omitted,
            List<Integer> marks, List<AudioEntry> audio) {
        /** What a row is across drafts: its shot, an omitted number, or the words of a row without a picture. */
        public String identity() {
            if (omitted) {
                return "omitted " + number;
            }
            if (shot != null) {
                return "shot " + shot;
            }
            StringBuilder words = new StringBuilder("words");
            audio.forEach(a -> words.append('\n').append(a.text()));
            return words.toString();
        }

        /** The row without its footnote numbers, which move when a citation is added before it. */
        RowEntry unmarked() {
            return new RowEntry(shot, number, kind, framing, movement, seconds, status, description, notes, source,
                    omitted, List.of(), audio.stream().map(AudioEntry::unmarked).toList());
        }
    }

    /** What the archive needs of a shot's source. */
    public record SourceEntry(String title, String archive, String archiveLocation, String callNumber) {
    }

    /** A bite (speaker, words, timecodes or page, sync), a paragraph of narration, or a cue. */
    public record AudioEntry(String kind, String text, String speaker, String timecodeIn, String timecodeOut,
            String page, boolean sync, List<Integer> notes) {
        AudioEntry unmarked() {
            return new AudioEntry(kind, text, speaker, timecodeIn, timecodeOut, page, sync, List.of());
        }
    }

    public record NoteEntry(int number, String html) {
    }

    /** The script as assembled now, in values. */
    public static DraftSnapshot of(ShootingScript script) {
        Film f = script.film();
        TitlePage title = new TitlePage(f.title, f.broadcaster, f.logline, f.targetMinutes, TitlePageInput.credits(f));
        List<SequenceEntry> sequences = new ArrayList<>();
        for (Part part : script.sequences()) {
            Sequence q = part.sequence();
            sequences.add(new SequenceEntry(q.key, q.number(), q.title, q.synopsis, part.omitted(),
                    part.scenes().stream().map(DraftSnapshot::scene).toList()));
        }
        return new DraftSnapshot(title, script.seconds(), sequences);
    }

    private static SceneEntry scene(ScriptScene s) {
        Scene scene = s.scene();
        return new SceneEntry(scene.key, scene.number(), scene.title, scene.purpose, scene.setting, scene.era,
                s.omitted(), s.seconds(), s.cumulative(), s.notes(), s.rows().stream().map(DraftSnapshot::row).toList(),
                s.footnotes().stream().map(n -> new NoteEntry(n.number(), n.html())).toList());
    }

    private static RowEntry row(Row row) {
        Shot shot = row.shot();
        List<AudioEntry> audio = row.audio().stream().map(DraftSnapshot::audio).toList();
        if (shot == null) {
            return new RowEntry(null, null, null, null, null, null, null, null, null, null, false, row.notes(), audio);
        }
        Source s = shot.source;
        SourceEntry source = s == null ? null : new SourceEntry(s.title, s.archive, s.archiveLocation, s.callNumber);
        return new RowEntry(row.omitted() ? null : shot.key, shot.number(), name(shot.kind), name(shot.framing),
                name(shot.movement), shot.seconds, name(shot.status), shot.description, shot.notes, source,
                row.omitted(), row.notes(), audio);
    }

    private static AudioEntry audio(Audio a) {
        if (a instanceof Bite b) {
            Testimony t = b.testimony();
            return new AudioEntry("bite", t.text, t.person.name, t.timecodeIn, t.timecodeOut, t.page, b.sync(),
                    b.notes());
        }
        return new AudioEntry(a.kind(), a.text(), null, null, null, null, false, a.notes());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * The draft as a script to lay out, with the film's title page as it was, the draft's name as its version, and
     * its revision (what changed since the draft before) to mark. Its items are made up for the layout only and
     * never stored.
     */
    public ShootingScript script(Film film, Revision revision) {
        Film f = new Film();
        f.slug = film.slug;
        f.title = titlePage.title;
        f.broadcaster = titlePage.broadcaster;
        f.logline = titlePage.logline;
        f.targetMinutes = titlePage.targetMinutes;
        titlePage.credits.applyFiledTo(f);
        List<Part> parts = new ArrayList<>();
        for (SequenceEntry entry : sequences) {
            Sequence q = new Sequence();
            q.film = f;
            q.key = entry.key;
            q.printedNumber = entry.number;
            q.title = entry.title;
            q.synopsis = entry.synopsis;
            parts.add(new Part(q, entry.scenes.stream().map(s -> scene(s, q)).toList(), entry.omitted));
        }
        ScriptOptions options = new ScriptOptions(null, List.of(), false, true, true, Watermark.NONE, revision.name());
        return new ShootingScript(f, options, revision.date(), parts, seconds, revision);
    }

    private static ScriptScene scene(SceneEntry entry, Sequence sequence) {
        Scene scene = new Scene();
        scene.sequence = sequence;
        scene.key = entry.key;
        scene.printedNumber = entry.number;
        scene.title = entry.title;
        scene.purpose = entry.purpose;
        scene.setting = entry.setting;
        scene.era = entry.era;
        List<Row> rows = entry.rows.stream().map(r -> row(r, scene)).toList();
        List<Footnote> notes = entry.footnotes.stream().map(n -> new Footnote(n.number, null, n.html)).toList();
        return new ScriptScene(scene, entry.notes, rows, notes, entry.seconds, entry.cumulative, entry.omitted);
    }

    private static Row row(RowEntry entry, Scene scene) {
        List<Audio> audio = entry.audio.stream().map(DraftSnapshot::audio).toList();
        if (entry.number == null) {
            return new Row(null, audio, entry.marks);
        }
        Shot shot = new Shot();
        shot.scene = scene;
        shot.key = entry.shot;
        shot.printedNumber = entry.number;
        shot.kind = entry.kind == null ? null : ShotKind.valueOf(entry.kind);
        shot.framing = entry.framing == null ? null : Framing.valueOf(entry.framing);
        shot.movement = entry.movement == null ? null : CameraMovement.valueOf(entry.movement);
        shot.seconds = entry.seconds;
        shot.status = entry.status == null ? ShotStatus.PLANNED : ShotStatus.valueOf(entry.status);
        shot.description = entry.description;
        shot.notes = entry.notes;
        if (entry.source != null) {
            shot.source = new Source();
            shot.source.title = entry.source.title;
            shot.source.archive = entry.source.archive;
            shot.source.archiveLocation = entry.source.archiveLocation;
            shot.source.callNumber = entry.source.callNumber;
        }
        return new Row(shot, audio, entry.marks, entry.omitted);
    }

    private static Audio audio(AudioEntry a) {
        return switch (a.kind) {
            case "bite" -> {
                Testimony t = new Testimony();
                t.text = a.text;
                t.person = new Person();
                t.person.name = a.speaker;
                t.timecodeIn = a.timecodeIn;
                t.timecodeOut = a.timecodeOut;
                t.page = a.page;
                t.interview = a.sync ? new Interview() : null;
                yield new Bite(t, a.notes);
            }
            case "narration" -> new Narration(a.text, a.notes);
            default -> new Cue(a.text);
        };
    }

    /**
     * The places of this draft that differ from the draft before ({@link ShootingScript#place}): a scene's heading
     * where the scene is new or its number, title or omission changed; a row where its shot (or its words, for a row
     * without a picture) was not in that scene before or reads differently now. Footnote numbers alone do not count.
     */
    public Set<String> changedSince(DraftSnapshot before) {
        Map<String, SceneEntry> earlier = new HashMap<>();
        before.sequences.forEach(q -> q.scenes.forEach(s -> earlier.put(s.key, s)));
        Set<String> changed = new LinkedHashSet<>();
        for (SequenceEntry q : sequences) {
            for (SceneEntry s : q.scenes) {
                SceneEntry was = earlier.get(s.key);
                if (was == null || !same(was.number, s.number) || !same(was.title, s.title) || was.omitted != s.omitted) {
                    changed.add(s.key + "#heading");
                }
                Map<String, RowEntry> rows = was == null ? Map.of() : was.rowsByIdentity();
                for (int i = 0; i < s.rows.size(); i++) {
                    RowEntry row = s.rows.get(i);
                    RowEntry old = rows.get(row.identity());
                    if (old == null || !old.unmarked().equals(row.unmarked())) {
                        changed.add(s.key + "#" + i);
                    }
                }
            }
        }
        return changed;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** How many scenes and shots the draft holds (not counting the omitted). */
    public int sceneCount() {
        return (int) sequences.stream().flatMap(q -> q.scenes.stream()).filter(s -> !s.omitted).count();
    }

    public int shotCount() {
        return (int) sequences.stream().flatMap(q -> q.scenes.stream()).flatMap(s -> s.rows.stream())
                .filter(r -> r.shot != null && !r.omitted).count();
    }
}
