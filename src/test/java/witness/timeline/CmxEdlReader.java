package witness.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CMX 3600 edit decision list as the format defines it, independently of the writer: a TITLE line, an FCM
 * line, event lines (event number, reel, channels, transition, the transition's duration unless it is a cut, then
 * source in, source out, record in, record out) and the comment lines ("* KEY: value") that follow an event.
 * Timecodes are counted here with the SMPTE formula of its own, so that the writer's arithmetic is checked, not
 * reused.
 */
final class CmxEdlReader {
    private static final Pattern EVENT = Pattern.compile("^\\d{3}\\s.*");
    private static final Pattern COMMENT = Pattern.compile("^\\*\\s*([A-Z ]+?):\\s?(.*)$");
    private static final Pattern TIMECODE = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})[:;](\\d{2})");

    record Edl(String title, String fcm, List<Event> events) {
    }

    record Event(String line, int number, String reel, String channels, String transition, String sourceIn,
            String sourceOut, String recordIn, String recordOut, Map<String, String> comments) {

        long sourceFrames(int base, boolean dropFrame) {
            return frames(sourceOut, base, dropFrame) - frames(sourceIn, base, dropFrame);
        }

        long recordFrames(int base, boolean dropFrame) {
            return frames(recordOut, base, dropFrame) - frames(recordIn, base, dropFrame);
        }
    }

    private CmxEdlReader() {
    }

    static Edl read(String text) {
        String title = null;
        String fcm = null;
        List<Event> events = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("TITLE:")) {
                title = line.substring("TITLE:".length()).strip();
            } else if (line.startsWith("FCM:")) {
                fcm = line.substring("FCM:".length()).strip();
            } else if (EVENT.matcher(line).matches()) {
                events.add(event(line));
            } else if (line.startsWith("*")) {
                comment(line, events.get(events.size() - 1).comments());
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("not a CMX 3600 line: " + line);
            }
        }
        return new Edl(title, fcm, events);
    }

    private static Event event(String line) {
        String[] f = line.strip().split("\\s+");
        int t = f[3].equals("C") ? 4 : 5;
        if (f.length != t + 4) {
            throw new IllegalArgumentException("an event has four timecodes after its transition: " + line);
        }
        for (int i = t; i < t + 4; i++) {
            if (!TIMECODE.matcher(f[i]).matches()) {
                throw new IllegalArgumentException("not a timecode: " + f[i]);
            }
        }
        return new Event(line, Integer.parseInt(f[0]), f[1], f[2], f[3], f[t], f[t + 1], f[t + 2], f[t + 3],
                new LinkedHashMap<>());
    }

    private static void comment(String line, Map<String, String> comments) {
        Matcher m = COMMENT.matcher(line);
        if (m.matches()) {
            comments.put(m.group(1).strip(), m.group(2));
        }
    }

    /**
     * Frames since 00:00:00:00. Drop-frame skips frame numbers 0 and 1 at the start of every minute except minutes
     * 00, 10, 20, 30, 40 and 50 (SMPTE 12M).
     */
    static long frames(String timecode, int base, boolean dropFrame) {
        Matcher m = TIMECODE.matcher(timecode);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a timecode: " + timecode);
        }
        long hours = Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long nominal = ((hours * 60 + minutes) * 60 + Long.parseLong(m.group(3))) * base + Long.parseLong(m.group(4));
        if (!dropFrame) {
            return nominal;
        }
        long allMinutes = hours * 60 + minutes;
        return nominal - 2 * (allMinutes - allMinutes / 10);
    }
}
