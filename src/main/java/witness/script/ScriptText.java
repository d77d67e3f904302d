package witness.script;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import witness.film.Shot;
import witness.film.ShotStatus;
import witness.source.Source;
import witness.web.Formats;
import witness.web.XmlText;

/**
 * The script's words as plain text, for the formats that are not HTML (Fountain, Final Draft): footnotes
 * without their tags and entities, the shot line and source line both formats print, and user text made
 * safe for XML.
 */
public final class ScriptText {
    private static final Pattern NUMERIC = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+);");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");


    private ScriptText() {
    }

    /** The text of escaped HTML: tags dropped (a line break becomes a space), entities read, spaces collapsed. */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(BREAK.matcher(html).replaceAll(" ")).replaceAll("");
        return oneLine(unescape(text));
    }

    /** Named and numeric character references as the characters they stand for. */
    static String unescape(String text) {
        String valid = NUMERIC.matcher(text).replaceAll(m -> codePoint(m.group(1)) ? m.group() : "");
        return xmlSafe(StringEscapeUtils.unescapeHtml4(valid));
    }

    /** Whether a numeric reference ("#233", "#xE9") names a character at all (commons-text fails on one that does not). */
    private static boolean codePoint(String reference) {
        boolean hex = reference.startsWith("#x") || reference.startsWith("#X");
        try {
            return Character.isValidCodePoint(Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The text without the characters XML 1.0 cannot hold (control characters pasted into a description). */
    public static String xmlSafe(String text) {
        return XmlText.safe(text);
    }

    /** The text on one line: control characters dropped, runs of white space (line breaks too) one space. */
    public static String oneLine(String text) {
        return text == null ? "" : xmlSafe(text).replaceAll("[\\s\u00A0]+", " ").strip();
    }

    /** The text's paragraphs (separated by blank lines), each on one line; none for blank text. */
    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text != null) {
            for (String p : xmlSafe(text).split("\\R[ \\t\u00A0]*\\R")) {
                String line = oneLine(p);
                if (!line.isEmpty()) {
                    paragraphs.add(line);
                }
            }
        }
        return paragraphs;
    }

    /** "1.1.2 — archive film, WS, static, 10 s", with " (dropped)" for a dropped shot. */
    public static String shotLine(Shot shot) {
        StringJoiner what = new StringJoiner(", ");
        what.add(shot.kind.label());
        if (shot.framing != null) {
            what.add(shot.framing.label());
        }
        if (shot.movement != null) {
            what.add(shot.movement.label());
        }
        if (shot.seconds != null) {
            what.add(Formats.duration(shot.seconds));
        }
        return shot.number() + " \u2014 " + what + (shot.status == ShotStatus.DROPPED ? " (dropped)" : "");
    }

    /** "Source: Mexico City street life — Filmoteca UNAM, Mexico City, call number F-1947-12", or nothing. */
    public static String sourceLine(Source source) {
        return source == null ? "" : "Source: " + reference(source);
    }

    /** "Mexico City street life — Filmoteca UNAM, Mexico City, call number F-1947-12": what the archive needs. */
    public static String reference(Source source) {
        StringJoiner where = new StringJoiner(", ");
        for (String part : new String[] {source.archive, source.archiveLocation}) {
            if (part != null && !part.isBlank()) {
                where.add(part);
            }
        }
        if (source.callNumber != null && !source.callNumber.isBlank()) {
            where.add("call number " + source.callNumber);
        }
        String title = source.title == null ? "" : source.title;
        return oneLine(title + (where.length() == 0 ? "" : " \u2014 " + where));
    }

    /** "The last taxi ride — A Mexico City street — Monday 17 November 1947": title, setting and era. */
    public static String heading(ShootingScript.ScriptScene scene) {
        StringJoiner heading = new StringJoiner(" \u2014 ");
        for (String part : new String[] {scene.scene().title, scene.scene().setting, scene.scene().era}) {
            if (part != null && !part.isBlank()) {
                heading.add(oneLine(part));
            }
        }
        return heading.toString();
    }

    /** "2.4 OMITTED": a sequence, scene or shot deleted while the numbers were locked, printed as its number. */
    public static String omitted(String number) {
        return number + " OMITTED";
    }

    /** The text's lines, each on one line, without blank ones: the contacts of a title page. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : xmlSafe(text).split("\\R")) {
                if (!oneLine(line).isEmpty()) {
                    lines.add(oneLine(line));
                }
            }
        }
        return lines;
    }

    /** "Second draft: Blue revision, 7 December 2026, issued by Anna Reyes": the draft on a title page. */
    public static String issued(ShootingScript.Revision revision) {
        String name = oneLine(revision.name());
        String by = oneLine(revision.issuedBy());
        return (name.isEmpty() ? "" : name + ": ") + revision.mark() + (by.isEmpty() ? "" : ", issued by " + by);
    }

    /** Whether the script marks changed rows and headings: an issued draft that differs from the one before. */
    @TemplateExtension
    public static boolean revisionMarks(ShootingScript script) {
        return script.revision() != null && !script.revision().changed().isEmpty();
    }

    /** "Running time 1 min 5 s; 3 min so far" */
    public static String runningTime(ShootingScript.ScriptScene scene) {
        return "Running time " + Formats.duration(scene.seconds()) + "; " + Formats.duration(scene.cumulative())
                + " so far";
    }
}
