package witness.interview;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transcript as people bring it: timecoded text ({@code [00:12:31] VLADY: text} or
 * {@code 00:12:31 text}, a line without timecode continuing the one before), SRT or WebVTT. Every fault is
 * reported with its line number, and a transcript with any fault gives no lines at all.
 */
public final class TranscriptParser {
    /** The largest transcript imported at once: many hours of talk. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public enum Format {
        PLAIN, SRT, VTT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format a request names, null for none. */
        public static Format of(String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            for (Format f : values()) {
                if (f.code().equalsIgnoreCase(code.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("'" + code + "' is not one of: plain, srt, vtt");
        }
    }

    /** A line as read: times in milliseconds, the end null when the format does not say. */
    public record Line(int sourceLine, long startMillis, Long endMillis, String speaker, String text) {
    }

    public record Error(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    /** The transcript cannot be imported: every fault, by line. */
    public static class Refused extends RuntimeException {
        public final transient List<Error> errors;

        public Refused(List<Error> errors) {
            super("The transcript was not imported: " + (errors.size() == 1 ? "1 error" : errors.size() + " errors")
                    + ". Nothing was changed.");
            this.errors = List.copyOf(errors);
        }

        public Refused(int line, String message) {
            this(List.of(new Error(line, message)));
        }
    }

    public record Parsed(Format format, List<Line> lines) {
    }

    /** Ten hours of talk at a line every two seconds; a larger file is a mistake or abuse. */
    public static final int MAX_LINES = 20_000;

    private static final Pattern BRACKETED = Pattern.compile("\\[(\\d[\\d:.,]*)\\]\\s*(.*)");
    private static final Pattern BARE = Pattern.compile("(\\d+:\\d+:\\d+(?:[.,]\\d+)?)(?:\\s+(.*))?");
    private static final Pattern SPEAKER = Pattern.compile("(\\p{Lu}[\\p{Lu}\\p{M}\\d .'’-]{0,59}):\\s+(.*)");
    private static final Pattern TIMING = Pattern.compile("(\\S+)\\s+-->\\s+(\\S+)(?:\\s+.*)?");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final List<Error> errors = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private long lastStart = -1;

    private TranscriptParser() {
    }

    /** The lines of the file in the format given, or the one its content shows when none is given. */
    public static Parsed parse(byte[] bytes, Format format) {
        if (bytes.length > MAX_BYTES) {
            throw new Refused(1, "the file is too large (" + bytes.length / 1024 + " KB): at most "
                    + MAX_BYTES / (1024 * 1024) + " MB of transcript can be imported at once");
        }
        return parse(decode(bytes), format);
    }

    public static Parsed parse(String text, Format format) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Refused(1, "the file is empty: there is no transcript in it");
        }
        String[] rows = text.split("\r\n|\r|\n", -1);
        Format f = format != null ? format : detect(rows);
        TranscriptParser parser = new TranscriptParser();
        switch (f) {
            case PLAIN -> parser.plain(rows);
            case SRT -> parser.cues(rows, false);
            case VTT -> parser.vtt(rows);
        }
        if (parser.lines.size() > MAX_LINES) {
            throw new Refused(parser.lines.get(MAX_LINES).sourceLine(), "the transcript has more than "
                    + String.format(Locale.ROOT, "%,d", MAX_LINES) + " lines, more than any interview: is it"
                    + " several transcripts in one file?");
        }
        parser.checkLengths();
        if (parser.errors.isEmpty() && parser.lines.isEmpty()) {
            parser.errors.add(new Error(1, "the file has no timecoded line"));
        }
        if (!parser.errors.isEmpty()) {
            throw new Refused(parser.errors);
        }
        return new Parsed(f, List.copyOf(parser.lines));
    }

    /** WEBVTT header: WebVTT; a number then a timing line: SRT; anything else: timecoded text. */
    static Format detect(String[] rows) {
        int i = 0;
        while (i < rows.length && rows[i].isBlank()) {
            i++;
        }
        if (rows[i].startsWith("WEBVTT")) {
            return Format.VTT;
        }
        if (rows[i].strip().matches("\\d+") && i + 1 < rows.length && rows[i + 1].contains("-->")
                || rows[i].contains("-->")) {
            return Format.SRT;
        }
        return Format.PLAIN;
    }

    /** The text as UTF-8, refused at the line of the first byte that is not. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new Refused(line, "the file is not UTF-8 text (byte " + (in.position() + 1)
                    + " is not UTF-8): save it as UTF-8 and import it again");
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            // nothing left to flush
        }
        out.flip();
        return out.toString();
    }

    private void plain(String[] rows) {
        int continuing = -1; // index in lines of the line a row without timecode continues
        for (int i = 0; i < rows.length; i++) {
            int number = i + 1;
            String row = rows[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            String timecode = null, rest = null;
            Matcher m = BRACKETED.matcher(row);
            if (m.matches()) {
                timecode = m.group(1);
                rest = m.group(2);
            } else if ((m = BARE.matcher(row)).matches()) {
                timecode = m.group(1);
                rest = m.group(2) == null ? "" : m.group(2);
            }
            if (timecode == null) {
                if (continuing < 0) {
                    errors.add(new Error(number, "text before the first timecode: start the transcript with a line like"
                            + " [00:00:01] SPEAKER: text"));
                } else {
                    Line last = lines.get(continuing);
                    lines.set(continuing, new Line(last.sourceLine(), last.startMillis(), null, last.speaker(),
                            last.text().isEmpty() ? row : last.text() + " " + row));
                }
                continue;
            }
            Timecode start = timecode(number, timecode);
            if (start == null) {
                continuing = lines.size() - 1; // keep continuing the previous line; the error stops the import
                continue;
            }
            forwards(number, start.millis());
            String[] spoken = speaker(rest.strip());
            lines.add(new Line(number, start.millis(), null, spoken[0], spoken[1]));
            continuing = lines.size() - 1;
        }
        for (Line line : lines) {
            if (line.text().isBlank()) {
                errors.add(new Error(line.sourceLine(), "a timecode without text"));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
    }

    private void vtt(String[] rows) {
        if (!rows[0].startsWith("WEBVTT") || rows[0].length() > 6 && !Character.isWhitespace(rows[0].charAt(6))) {
            errors.add(new Error(1, "a WebVTT file starts with the line WEBVTT"));
            return;
        }
        int i = 1;
        while (i < rows.length && !rows[i].isBlank()) { // the header block
            i++;
        }
        cues(rows, i, true);
    }

    private void cues(String[] rows, boolean vtt) {
        cues(rows, 0, vtt);
    }

    /** SRT or WebVTT cues: blocks separated by blank lines; a number or id, a timing line, the text. */
    private void cues(String[] rows, int from, boolean vtt) {
        int i = from;
        while (i < rows.length) {
            if (rows[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < rows.length && !rows[i].isBlank()) {
                block.add(rows[i]);
                i++;
            }
            if (vtt && (block.get(0).startsWith("NOTE") || block.get(0).equals("STYLE")
                    || block.get(0).equals("REGION"))) {
                continue;
            }
            int timingAt = block.get(0).contains("-->") ? 0 : 1;
            if (timingAt == 1 && !vtt && !block.get(0).strip().matches("\\d+")) {
                errors.add(new Error(blockStart + 1, "expected the number of a cue, not '" + shorten(block.get(0)) + "'"));
                continue;
            }
            if (timingAt >= block.size() || !block.get(timingAt).contains("-->")) {
                errors.add(new Error(blockStart + 1 + Math.min(timingAt, block.size() - 1),
                        "expected a timing line like " + (vtt ? "00:00:01.000 --> 00:00:04.000" : "00:00:01,000 --> 00:00:04,000")));
                continue;
            }
            int timingLine = blockStart + 1 + timingAt;
            Matcher m = TIMING.matcher(block.get(timingAt).strip());
            if (!m.matches()) {
                errors.add(new Error(timingLine, "expected a timing line like 00:00:01,000 --> 00:00:04,000, not '"
                        + shorten(block.get(timingAt)) + "'"));
                continue;
            }
            Timecode start = timecode(timingLine, m.group(1));
            Timecode end = timecode(timingLine, m.group(2));
            if (start == null || end == null) {
                continue;
            }
            if (end.millis() < start.millis()) {
                errors.add(new Error(timingLine, "the cue ends (" + end + ") before it starts (" + start + ")"));
                continue;
            }
            forwards(timingLine, start.millis());
            List<String> text = block.subList(timingAt + 1, block.size());
            String speaker = null;
            StringBuilder joined = new StringBuilder();
            for (String row : text) {
                String t = row.strip();
                if (vtt) {
                    Matcher v = VOICE.matcher(t);
                    if (speaker == null && v.find()) {
                        speaker = v.group(1).strip();
                    }
                    t = unescape(TAG.matcher(t).replaceAll("")).strip();
                }
                if (!t.isEmpty()) {
                    joined.append(joined.length() == 0 ? "" : " ").append(t);
                }
            }
            if (joined.length() == 0) {
                errors.add(new Error(timingLine, "a cue without text"));
                continue;
            }
            String[] spoken = speaker != null ? new String[] { speaker, joined.toString() } : speaker(joined.toString());
            lines.add(new Line(timingLine, start.millis(), end.millis(), spoken[0], spoken[1]));
        }
    }

    /** What a transcript line can hold: longer texts or speakers are refused at their line. */
    private void checkLengths() {
        for (Line line : lines) {
            if (line.text().length() > TranscriptLine.TEXT_LENGTH) {
                errors.add(new Error(line.sourceLine(), "the text is " + line.text().length() + " characters long;"
                        + " a line holds at most 20,000 characters: put a timecode in it every so often"));
            }
            if (line.speaker() != null && line.speaker().length() > TranscriptLine.SPEAKER_LENGTH) {
                errors.add(new Error(line.sourceLine(), "the speaker's name is " + line.speaker().length()
                        + " characters long; it can be at most 200 characters"));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
    }

    private Timecode timecode(int line, String text) {
        try {
            return Timecode.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(new Error(line, "bad timecode: " + e.getMessage()));
            return null;
        }
    }

    private void forwards(int line, long start) {
        if (start < lastStart) {
            errors.add(new Error(line, "the timecodes go backwards: " + new Timecode(start) + " comes after "
                    + new Timecode(lastStart)));
        } else {
            lastStart = start;
        }
    }

    /** "VLADY: text" as speaker and text; text without a speaker as it is. */
    private static String[] speaker(String text) {
        Matcher m = SPEAKER.matcher(text);
        if (m.matches()) {
            return new String[] { m.group(1).strip(), m.group(2).strip() };
        }
        return new String[] { null, text };
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&amp;", "&");
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
