package witness.interview;

import java.util.ArrayList;
import java.util.List;
import witness.web.Highlights;
import witness.web.Highlights.Segment;

/**
 * An interview's transcript as its page shows it: each line with its timecodes and, when searched, the
 * matches (whatever their case and accents) cut out as segments the template wraps in {@code <mark>}.
 */
public record TranscriptPage(Interview interview, Transcript transcript, List<Row> rows, String q, int matching,
        List<Clip> clips, Clip timesInto, TranscriptPlayer player) {

    public record Row(TranscriptLine line, List<Segment> segments, boolean match) {
        public String start() {
            return line.start().toString();
        }

        /** The line's first words, as the passage pickers name it. */
        public String preview() {
            return line.text.length() > 60 ? line.text.substring(0, 60) + "…" : line.text;
        }

        /** Where the line starts, in seconds into the recording: where the player seeks to. */
        public String seconds() {
            return String.format(java.util.Locale.ROOT, "%.3f", line.startMillis / 1000.0);
        }

        public String end() {
            return line.endMillis == null ? "" : line.end().toString();
        }
    }

    /**
     * Whether the lines follow the player: its clip is the one the transcript's times are into (or the transcript
     * names none), so that a line's time is where to seek in it.
     */
    public boolean synced() {
        return player != null && (timesInto == null || timesInto.equals(player.clip()));
    }

    /** The clip a passage is cut from unless the writer chooses: the one the times are into, else the one playing. */
    public Clip cutFrom() {
        return timesInto != null ? timesInto : player == null ? null : player.clip();
    }

    public static TranscriptPage of(Interview interview, String q) {
        return of(interview, q, null);
    }

    /** The page, playing the clip asked for (its key) when it has a proxy, else the first clip that has one. */
    public static TranscriptPage of(Interview interview, String q, String clip) {
        Transcript transcript = Transcript.of(interview).orElse(null);
        List<TranscriptLine> lines = transcript == null ? List.of() : transcript.lines();
        String query = q == null || q.isBlank() ? null : q.strip();
        List<String> terms = query == null ? List.of() : List.of(Highlights.fold(query));
        List<Row> rows = new ArrayList<>();
        int matching = 0;
        for (TranscriptLine line : lines) {
            List<Segment> segments = Highlights.segments(line.text, terms);
            boolean match = segments.stream().anyMatch(Segment::match);
            if (match) {
                matching++;
            }
            rows.add(new Row(line, segments, match));
        }
        Clip timesInto = transcript == null ? null : transcript.timesInto();
        return new TranscriptPage(interview, transcript, rows, query, matching, Clip.ofInterview(interview), timesInto,
                TranscriptPlayer.of(interview, timesInto, clip));
    }
}
