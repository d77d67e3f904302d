package witness.script;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.interview.Testimony;
import witness.film.Footnotes.Footnote;
import witness.web.Formats;

/**
 * The shooting script as the crew reads it: per sequence and scene, rows of VIDEO (a shot) beside AUDIO
 * (sync bites, narration, music), the scene's running time and the film's so far, and the citations as
 * numbered footnotes, numbered through the whole script. One model serves the HTML, PDF, Fountain and FDX
 * exports; {@link ScriptAssembly} builds it.
 */
public record ShootingScript(Film film, ScriptOptions options, LocalDate date, List<Part> sequences,
        int seconds, Revision revision) {

    /** The script as it is now, not an issued draft. */
    public ShootingScript(Film film, ScriptOptions options, LocalDate date, List<Part> sequences, int seconds) {
        this(film, options, date, sequences, seconds, null);
    }

    /**
     * The draft a script was issued as ({@link ScriptDraft}): its number, name, revision colour, date and who
     * issued it; and where it differs from the draft before it (none for the first), as
     * {@link #place(ScriptScene, int)} names the places: each a row, or a scene's heading ("heading");
     * revisedPagesOnly: the PDF holds only the pages with a change, for the crew to slip into their copies.
     */
    public record Revision(int number, String name, String colour, LocalDate date, String issuedBy,
            Set<String> changed, boolean revisedPagesOnly) {
        /** "Blue revision, 7 December 2026" */
        public String mark() {
            return colour + " revision, " + Formats.human(date);
        }
    }

    /** A place in the script that a revision marks: "scene-key#3" for the fourth row, "scene-key#heading". */
    public static String place(ScriptScene scene, int row) {
        return scene.scene().key + "#" + row;
    }

    /** A scene's heading as a place a revision marks. */
    public static String heading(ScriptScene scene) {
        return scene.scene().key + "#heading";
    }

    /** Whether this row changed since the draft before (an asterisk in the margin). */
    public boolean revised(ScriptScene scene, int row) {
        return revision != null && revision.changed().contains(place(scene, row));
    }

    /** Whether this scene's heading changed since the draft before: a new scene, title or number. */
    public boolean revised(ScriptScene scene) {
        return revision != null && revision.changed().contains(heading(scene));
    }

    /**
     * A sequence with the scenes of it that are exported; omitted: a sequence deleted while the numbers were
     * locked, printed as its number and OMITTED.
     */
    public record Part(Sequence sequence, List<ScriptScene> scenes, boolean omitted) {
        public Part(Sequence sequence, List<ScriptScene> scenes) {
            this(sequence, scenes, false);
        }
    }

    /**
     * A scene: its A/V rows, the footnotes of its citations, its running time (its shots' estimates, or the
     * scene's estimate when no shot has one) and the film's running time at its end.
     */
    public record ScriptScene(Scene scene, List<Integer> notes, List<Row> rows, List<Footnote> footnotes,
            int seconds, int cumulative, boolean omitted) {
        public ScriptScene(Scene scene, List<Integer> notes, List<Row> rows, List<Footnote> footnotes, int seconds,
                int cumulative) {
            this(scene, notes, rows, footnotes, seconds, cumulative, false);
        }

        /** "1.2 The last taxi ride" */
        public String heading() {
            return scene.number() + " " + scene.title;
        }
    }

    /**
     * One line of the A/V table: a shot (null when the words have no picture planned yet), what is heard with
     * it, and the numbers of the footnotes of the shot's citations.
     */
    public record Row(Shot shot, List<Audio> audio, List<Integer> notes, boolean omitted) {
        public Row(Shot shot, List<Audio> audio, List<Integer> notes) {
            this(shot, audio, notes, false);
        }

        /** The source a shot uses as the archive needs it ({@link ScriptText#reference}), or null. */
        public String archiveReference() {
            return shot == null || shot.source == null ? null : ScriptText.reference(shot.source);
        }
    }

    /** What is heard: a bite, narration, or a cue (music, wild track, sync without a bite chosen yet). */
    public sealed interface Audio permits Bite, Narration, Cue {
        /** "bite", "narration" or "cue": what a template or writer lays it out as. */
        String kind();

        /** The words, or the cue. */
        String text();

        /** Who speaks the words of a bite; null otherwise. */
        default String speaker() {
            return null;
        }

        /** A bite's timecodes or page; null otherwise. */
        default String at() {
            return null;
        }

        /** Whether the words are heard in sync (an interview), rather than read. */
        default boolean sync() {
            return false;
        }

        /** The numbers of the footnotes whose claims these words make. */
        default List<Integer> notes() {
            return List.of();
        }
    }

    /** A testimony heard in sync or read: its speaker, words and timecodes (or the page of its source). */
    public record Bite(Testimony testimony, List<Integer> notes) implements Audio {
        public Bite(Testimony testimony) {
            this(testimony, List.of());
        }

        @Override
        public String kind() {
            return "bite";
        }

        @Override
        public String text() {
            return testimony.text.strip();
        }

        /** "00:12:30–00:13:05", "p. 42", or nothing. */
        @Override
        public String at() {
            Testimony t = testimony;
            if (t.timecodeIn != null) {
                return t.timecodeIn + (t.timecodeOut == null ? "" : "\u2013" + t.timecodeOut);
            }
            return t.page == null ? "" : "p. " + t.page;
        }

        @Override
        public String speaker() {
            return testimony.person.name;
        }

        /** Words from an interview are heard in sync; words from a written source are read over pictures. */
        @Override
        public boolean sync() {
            return testimony.interview != null;
        }
    }

    /** A paragraph of the scene's narration, spoken as voice-over. */
    public record Narration(String text, List<Integer> notes) implements Audio {
        public Narration(String text) {
            this(text, List.of());
        }

        @Override
        public String kind() {
            return "narration";
        }
    }

    /** "MUSIC", "WILD TRACK", "SYNC", "VOICE-OVER": the sound the shot asks for, with no words written for it. */
    public record Cue(String text) implements Audio {
        @Override
        public String kind() {
            return "cue";
        }
    }

    /** How many scenes the script holds (an OMITTED one too: it is written). */
    public int sceneCount() {
        return sequences.stream().mapToInt(p -> p.scenes().size()).sum();
    }

    /** How many shots the script holds. */
    public int shotCount() {
        return sequences.stream().flatMap(p -> p.scenes().stream()).flatMap(s -> s.rows().stream())
                .mapToInt(r -> r.shot() == null || r.omitted() ? 0 : 1).sum();
    }
}
