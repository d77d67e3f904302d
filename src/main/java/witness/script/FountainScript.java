package witness.script;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import witness.film.Shot;
import witness.film.Footnotes.Footnote;
import witness.script.ShootingScript.Audio;
import witness.script.ShootingScript.Bite;
import witness.script.ShootingScript.Cue;
import witness.script.ShootingScript.Narration;
import witness.script.ShootingScript.Part;
import witness.script.ShootingScript.Row;
import witness.script.ShootingScript.ScriptScene;
import witness.web.Formats;

/**
 * The shooting script as Fountain 1.1 (https://fountain.io/syntax), for screenwriting tools: a title page;
 * each sequence a section; each scene a forced scene heading with its number and its purpose as synopsis;
 * each shot action; sync bites as dialogue of their speaker, with the timecodes as parenthetical; written
 * testimony as a reading (READ), as the HTML and PDF script mark it; narration as voice-over (V.O.); shot notes and
 * footnotes as [[notes]]. What was deleted while the numbers were locked keeps its number, as OMITTED: a
 * section "# 2A OMITTED", a scene heading ".OMITTED #2.4#", an action "3.2.5 OMITTED". Fountain has no revision
 * marks; an issued draft's revision is on the title page.
 *
 * <p>User text is never read as markup: emphasis and boneyard characters are escaped, "[[" and "]]" are
 * broken apart, and an action paragraph that could be taken for another element (all capitals, "INT.",
 * a leading ".", "@", "~", "&gt;", "=", "#"…) is forced with "!". A paragraph's line breaks are joined:
 * tools lay out action and dialogue to their own width.
 */
@ApplicationScoped
public class FountainScript extends ScriptFile {
    /** What a tool would read as a scene heading. */
    private static final Pattern HEADING = Pattern.compile("(?i)^(INT|EXT|EST|INT\\.?/EXT|I/E)[.\\s].*");
    /** The marks that start an element of their own, or force one. */
    private static final String FORCING = ".!@~>=#";
    /** A name a tool reads as a character without "@": plain capitals. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Z][A-Z0-9 .'\\-]*");

    /** Fountain files are plain text; no media type is registered for them. */
    FountainScript() {
        super("fountain", "text/plain; charset=UTF-8");
    }

    @Override
    public void write(ShootingScript script, OutputStream out, Progress progress) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        titlePage(script, w);
        int done = 0, total = script.sceneCount();
        boolean first = true;
        for (Part part : script.sequences()) {
            if (!first) {
                w.write("===\n\n");
            }
            first = false;
            sequence(part, w);
            for (ScriptScene scene : part.scenes()) {
                scene(scene, script.options(), w);
                w.flush();
                progress.scenes(++done, total);
            }
        }
        w.flush();
    }

    private static void titlePage(ShootingScript script, Writer w) throws IOException {
        var film = script.film();
        w.write("Title: " + escape(ScriptText.oneLine(film.title)) + "\n");
        w.write("Credit: Shooting script\n");
        entry("Author", film.writer, w);
        entry("Production company", film.productionCompany, w);
        entry("Producer", film.producer, w);
        entry("Director", film.director, w);
        w.write("Draft date: " + escape(ScriptText.oneLine(script.options().version())) + ", " + Formats.human(script.date()) + "\n");
        if (script.revision() != null) {
            entry("Revision", ScriptText.issued(script.revision()), w);
        }
        List<String> contacts = ScriptText.lines(film.contacts);
        if (!contacts.isEmpty()) {
            w.write("Contact:\n");
            for (String line : contacts) {
                w.write("    " + escape(line) + "\n");
            }
        }
        w.write("Notes:\n");
        if (film.broadcaster != null && !film.broadcaster.isBlank()) {
            w.write("    " + escape(ScriptText.oneLine(film.broadcaster)) + "\n");
        }
        w.write("    " + escape(script.options().scope()) + ", running time " + Formats.duration(script.seconds())
                + "\n");
        if (script.options().watermark() != Watermark.NONE) {
            w.write("    " + script.options().watermark().text() + "\n");
        }
        w.write("\n");
    }

    /** "Director: Anna Reyes": a title page key, when the film has a value for it. */
    private static void entry(String key, String value, Writer w) throws IOException {
        String line = ScriptText.oneLine(value);
        if (!line.isEmpty()) {
            w.write(key + ": " + escape(line) + "\n");
        }
    }

    private static void sequence(Part part, Writer w) throws IOException {
        if (part.omitted()) {
            w.write("# " + ScriptText.omitted(part.sequence().number()) + "\n\n");
            return;
        }
        w.write("# " + part.sequence().number() + " " + escape(ScriptText.oneLine(part.sequence().title)) + "\n\n");
        String synopsis = ScriptText.oneLine(part.sequence().synopsis);
        if (!synopsis.isEmpty()) {
            w.write("= " + escape(synopsis) + "\n\n");
        }
    }

    private static void scene(ScriptScene scene, ScriptOptions options, Writer w) throws IOException {
        if (scene.omitted()) {
            w.write(".OMITTED #" + scene.scene().number() + "#\n\n");
            return;
        }
        String heading = escape(ScriptText.heading(scene));
        boolean alphanumeric = !heading.isEmpty() && Character.isLetterOrDigit(heading.codePointAt(0));
        w.write("." + (alphanumeric ? "" : scene.scene().number() + " ") + heading.replace("#", "")
                + " #" + scene.scene().number() + "#\n\n");
        String purpose = escape(ScriptText.oneLine(scene.scene().purpose));
        String marks = marks(scene.notes());
        if (!purpose.isEmpty() || !marks.isEmpty()) {
            w.write("= " + (purpose + " " + marks).strip() + "\n\n");
        }
        w.write("= " + ScriptText.runningTime(scene) + "\n\n");
        for (Row row : scene.rows()) {
            row(row, options, w);
        }
        for (Footnote note : scene.footnotes()) {
            w.write(note(note.number() + ". " + ScriptText.plain(note.html())) + "\n\n");
        }
    }

    private static void row(Row row, ScriptOptions options, Writer w) throws IOException {
        Shot shot = row.shot();
        if (row.omitted()) {
            action(ScriptText.omitted(shot.number()), w);
            return;
        }
        if (shot == null) {
            action("No picture planned yet.", w);
        } else {
            action(ScriptText.shotLine(shot), marks(row.notes()), w);
            for (String paragraph : ScriptText.paragraphs(shot.description)) {
                action(paragraph, w);
            }
            String source = ScriptText.sourceLine(shot.source);
            if (!source.isEmpty()) {
                action(source, w);
            }
        }
        for (Audio audio : row.audio()) {
            audio(audio, w);
        }
        if (shot != null && options.notes() && shot.notes != null && !shot.notes.isBlank()) {
            w.write(note("Note: " + ScriptText.oneLine(shot.notes)) + "\n\n");
        }
    }

    private static void audio(Audio audio, Writer w) throws IOException {
        if (audio instanceof Bite bite) {
            dialogue(character(bite.speaker(), bite.sync() ? null : "READ"), bite.at(), bite.testimony().text,
                    marks(bite.notes()), w);
        } else if (audio instanceof Narration narration) {
            dialogue("NARRATOR (V.O.)", "", narration.text(), marks(narration.notes()), w);
        } else if (audio instanceof Cue cue) {
            action(cue.text(), w);
        }
    }

    /**
     * A character, an optional parenthetical and the words, then the marks of the footnotes they make claims of; a
     * blank line inside the words holds two spaces.
     */
    private static void dialogue(String character, String parenthetical, String words, String marks, Writer w)
            throws IOException {
        w.write(character + "\n");
        String aside = ScriptText.oneLine(parenthetical);
        if (!aside.isEmpty()) {
            w.write("(" + escape(aside) + ")\n");
        }
        List<String> paragraphs = ScriptText.paragraphs(words);
        w.write(paragraphs.isEmpty() ? "..." : paragraphs.stream().map(FountainScript::escape)
                .collect(Collectors.joining("\n  \n")));
        w.write(marks.isEmpty() ? "\n\n" : " " + marks + "\n\n");
    }

    /**
     * The speaker's name in capitals, with its extension; forced with "@" unless it is plain capitals (a tool
     * may not read accented or Cyrillic capitals as a character). Brackets in a name would be read as an
     * extension: "Serge's father (Leon Kibalchich)" becomes "SERGE'S FATHER, LEON KIBALCHICH".
     */
    static String character(String name, String extension) {
        String upper = ScriptText.oneLine(name).replaceAll("\\s*\\(([^)]*)\\)", ", $1").replace("(", "")
                .replace(")", "").replaceAll("\\^+$", "").strip().toUpperCase(Locale.ROOT);
        String written = escape(upper);
        boolean plain = PLAIN_NAME.matcher(written).matches();
        return (plain ? "" : "@") + written + (extension == null ? "" : " (" + extension + ")");
    }

    private static void action(String text, Writer w) throws IOException {
        action(text, "", w);
    }

    /** An action paragraph of user text (on one line), forced when a tool could read it as another element. */
    private static void action(String text, String marks, Writer w) throws IOException {
        String line = escape(ScriptText.oneLine(text));
        w.write((forced(line) ? "!" : "") + (line + " " + marks).strip() + "\n\n");
    }

    /** Whether a line written as action would be read as something else: a heading, character, transition… */
    static boolean forced(String line) {
        if (line.isEmpty()) {
            return false;
        }
        boolean capitals = line.codePoints().anyMatch(Character::isLetter)
                && line.equals(line.toUpperCase(Locale.ROOT));
        return FORCING.indexOf(line.charAt(0)) >= 0 || HEADING.matcher(line).matches() || capitals;
    }

    /** "[[1]] [[2]]": the marks of footnotes, as notes. */
    private static String marks(List<Integer> numbers) {
        return numbers.stream().map(n -> "[[" + n + "]]").collect(Collectors.joining(" "));
    }

    /** A note of user text, on one line so that no blank line ends it, and no "]]" inside it. */
    static String note(String text) {
        String inside = escape(ScriptText.oneLine(text));
        return "[[" + (inside.startsWith("[") ? " " : "") + inside + (inside.endsWith("]") ? " " : "") + "]]";
    }

    /**
     * User text that stays text: "*" and "_" (emphasis, boneyard) escaped with a backslash, "[[" and "]]"
     * (notes) broken apart with a space, control characters dropped.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String safe = ScriptText.xmlSafe(text).replace("*", "\\*").replace("_", "\\_");
        return safe.replaceAll("\\[(?=\\[)", "[ ").replaceAll("\\](?=\\])", "] ");
    }
}
