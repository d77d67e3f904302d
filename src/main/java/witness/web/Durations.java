package witness.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them into a form: seconds (150) or minutes:seconds (2:30). */
public final class Durations {
    public static final String EXPECTED = "must be a number of seconds or minutes:seconds, like 150 or 2:30";
    private static final Pattern SECONDS_OR_MINUTES = Pattern.compile("(-?)(\\d{1,9})(?::([0-5]\\d))?");

    private Durations() {
    }

    /**
     * The seconds written, or null when nothing was written. A negative number is read as such, so that
     * the validator refuses it with its own message.
     *
     * @throws IllegalArgumentException with {@link #EXPECTED} when the text is neither form
     */
    public static Integer parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = SECONDS_OR_MINUTES.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(EXPECTED);
        }
        long seconds = m.group(3) == null ? Long.parseLong(m.group(2))
                : Long.parseLong(m.group(2)) * 60 + Integer.parseInt(m.group(3));
        seconds = Math.min(seconds, Integer.MAX_VALUE);
        return (int) (m.group(1).isEmpty() ? seconds : -seconds);
    }

    /** 150 as 2:30, 45 as 0:45, nothing as an empty text: what a form shows for a stored duration. */
    public static String format(Integer seconds) {
        if (seconds == null) {
            return "";
        }
        int abs = Math.abs(seconds);
        return (seconds < 0 ? "-" : "") + abs / 60 + ":" + String.format("%02d", abs % 60);
    }
}
