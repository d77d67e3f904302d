package witness.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interview's transcript as its page shows it: each line with its timecodes and, when searched, the
 * matches cut out as segments the template wraps in {@code <mark>}; the text itself is never HTML.
 */
public record TranscriptPage(Interview interview, Transcript transcript, List<Row> rows, String q, int matching) {

    /** A piece of a line's text, matching the search or not. */
    public record Segment(String text, boolean match) {
    }

    public record Row(TranscriptLine line, List<Segment> segments, boolean match) {
        public String start() {
            return line.start().toString();
        }

        /** The line's first words, as the passage pickers name it. */
        public String preview() {
            return line.text.length() > 60 ? line.text.substring(0, 60) + "…" : line.text;
        }

        public String end() {
            return line.endMillis == null ? "" : line.end().toString();
        }
    }

    public static TranscriptPage of(Interview interview, String q) {
        Transcript transcript = Transcript.of(interview).orElse(null);
        List<TranscriptLine> lines = transcript == null ? List.of() : transcript.lines();
        String query = q == null || q.isBlank() ? null : q.strip();
        Pattern pattern = query == null ? null
                : Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Row> rows = new ArrayList<>();
        int matching = 0;
        for (TranscriptLine line : lines) {
            List<Segment> segments = segments(line.text, pattern);
            boolean match = segments.stream().anyMatch(Segment::match);
            if (match) {
                matching++;
            }
            rows.add(new Row(line, segments, match));
        }
        return new TranscriptPage(interview, transcript, rows, query, matching);
    }

    static List<Segment> segments(String text, Pattern pattern) {
        if (pattern == null) {
            return List.of(new Segment(text, false));
        }
        List<Segment> segments = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                segments.add(new Segment(text.substring(at, m.start()), false));
            }
            segments.add(new Segment(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false));
        }
        return segments;
    }
}
