package witness.interview;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in a recording, to the millisecond, as transcripts write it: {@code 00:12:31} (timecoded
 * text), {@code 00:12:31,250} (SRT), {@code 00:12:31.250} or {@code 12:31.250} (WebVTT).
 */
public record Timecode(long millis) implements Comparable<Timecode> {
    public static final String EXPECTED = "must be a timecode like 00:12:31, 00:12:31,250 (SRT) or 00:12:31.250 / 12:31.250 (WebVTT)";
    private static final Pattern FULL = Pattern.compile("(\\d{2,4}):([0-5]\\d):([0-5]\\d)(?:[,.](\\d{3}))?");
    private static final Pattern SHORT = Pattern.compile("([0-5]\\d):([0-5]\\d)\\.(\\d{3})");

    public Timecode {
        if (millis < 0) {
            throw new IllegalArgumentException("a timecode is never negative");
        }
    }

    public static Timecode ofSeconds(long seconds) {
        return new Timecode(seconds * 1000);
    }

    /**
     * @throws IllegalArgumentException with {@link #EXPECTED} when the text is no timecode
     */
    public static Timecode parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = FULL.matcher(t);
        if (m.matches()) {
            return new Timecode(Long.parseLong(m.group(1)) * 3_600_000 + Long.parseLong(m.group(2)) * 60_000
                    + Long.parseLong(m.group(3)) * 1000 + (m.group(4) == null ? 0 : Long.parseLong(m.group(4))));
        }
        m = SHORT.matcher(t);
        if (m.matches()) {
            return new Timecode(Long.parseLong(m.group(1)) * 60_000 + Long.parseLong(m.group(2)) * 1000
                    + Long.parseLong(m.group(3)));
        }
        throw new IllegalArgumentException("'" + t + "' " + EXPECTED);
    }

    /** The timecode written, or null when nothing is written. */
    public static Timecode parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    /** Whole seconds since the start. */
    public long seconds() {
        return millis / 1000;
    }

    /** HH:MM:SS, the milliseconds dropped: as a testimony stores it. */
    public String format() {
        long s = seconds();
        return String.format("%02d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60);
    }

    /** HH:MM:SS rounded up to the next whole second: an out point that keeps the last word. */
    public String formatUp() {
        return millis % 1000 == 0 ? format() : new Timecode(millis - millis % 1000 + 1000).format();
    }

    /** HH:MM:SS,mmm as SRT writes it. */
    public String srt() {
        return format() + String.format(",%03d", millis % 1000);
    }

    /** HH:MM:SS.mmm as WebVTT writes it. */
    public String vtt() {
        return format() + String.format(".%03d", millis % 1000);
    }

    /** The milliseconds from this point to a later one; refused when the other one is earlier. */
    public long millisUntil(Timecode out) {
        if (out.millis < millis) {
            throw new IllegalArgumentException("the out point " + out.format() + " is before the in point " + format());
        }
        return out.millis - millis;
    }

    public Timecode plus(long millisToAdd) {
        return new Timecode(millis + millisToAdd);
    }

    /** The whole seconds between two HH:MM:SS texts, or null when either is missing or out is before in. */
    public static Integer secondsBetween(String in, String out) {
        if (in == null || out == null || in.isBlank() || out.isBlank()) {
            return null;
        }
        try {
            Timecode a = parse(in), b = parse(out);
            return b.millis < a.millis ? null : Math.toIntExact((b.millis - a.millis) / 1000);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The sum of durations in milliseconds, as a timecode from zero. */
    public static Timecode sum(Collection<Long> durations) {
        return new Timecode(durations.stream().mapToLong(Long::longValue).sum());
    }

    @Override
    public int compareTo(Timecode other) {
        return Long.compare(millis, other.millis);
    }

    @Override
    public String toString() {
        return millis % 1000 == 0 ? format() : vtt();
    }
}
