package witness.interview;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A frame of a recording as an edit suite names it (SMPTE 12M): HH:MM:SS:FF, or HH:MM:SS;FF in drop-frame, at its
 * frame rate. Kept as the count of frames since 00:00:00:00, so that adding and subtracting are exact; drop-frame
 * labels are turned into counts and back by the standard arithmetic (two labels skipped each minute but every
 * tenth). Timecode wraps at 24 hours as decks do.
 */
public record SmpteTimecode(long frames, FrameRate rate) implements Comparable<SmpteTimecode> {
    private static final Pattern FORM = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})([:;.,])(\\d{2})");

    public SmpteTimecode {
        if (frames < 0) {
            throw new IllegalArgumentException("a timecode is never negative");
        }
        if (frames >= framesPerDay(rate)) {
            throw new IllegalArgumentException("a timecode is less than 24 hours");
        }
    }

    /** The frames of 24 hours of timecode at this rate. */
    public static long framesPerDay(FrameRate rate) {
        long nominal = 24L * 3600 * rate.base;
        return rate.dropFrame ? nominal - 24L * 9 * 6 * 2 * (rate.base / 30) : nominal;
    }

    /**
     * The timecode written, at this rate; a 400-worthy message naming what is wrong otherwise: not HH:MM:SS:FF,
     * minutes or seconds over 59, a frame past the rate's last, a drop-frame label that does not exist (;00 and ;01
     * of a minute not divisible by ten).
     */
    public static SmpteTimecode parse(String text, FrameRate rate) {
        String t = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a timecode like 01:00:10:12"
                    + (rate.dropFrame ? " (or 01:00:10;12 in drop-frame)" : ""));
        }
        int hh = Integer.parseInt(m.group(1));
        int mm = Integer.parseInt(m.group(2));
        int ss = Integer.parseInt(m.group(3));
        int ff = Integer.parseInt(m.group(5));
        if (hh > 23 || mm > 59 || ss > 59) {
            throw new IllegalArgumentException("'" + t + "' has hours over 23, or minutes or seconds over 59");
        }
        if (ff >= rate.base) {
            throw new IllegalArgumentException("'" + t + "' has frame " + ff + ": at " + rate.label()
                    + " frames run 00 to " + (rate.base - 1));
        }
        int dropped = dropPerMinute(rate);
        if (rate.dropFrame && ss == 0 && ff < dropped && mm % 10 != 0) {
            throw new IllegalArgumentException("'" + t + "' does not exist in drop-frame: the first " + dropped
                    + " frames of each minute but every tenth are skipped");
        }
        long totalMinutes = 60L * hh + mm;
        long frames = ((totalMinutes * 60) + ss) * rate.base + ff;
        if (rate.dropFrame) {
            frames -= dropped * (totalMinutes - totalMinutes / 10);
        }
        return new SmpteTimecode(frames, rate);
    }

    /** The timecode of a count of frames, wrapping at 24 hours. */
    public static SmpteTimecode ofFrames(long frames, FrameRate rate) {
        long day = framesPerDay(rate);
        return new SmpteTimecode(((frames % day) + day) % day, rate);
    }

    /** This timecode moved on by a number of frames (back, when negative), wrapping at 24 hours. */
    public SmpteTimecode plus(long more) {
        return ofFrames(frames + more, rate);
    }

    /** The frames from this timecode to a later one of the same rate. */
    public long framesUntil(SmpteTimecode later) {
        if (later.rate != rate) {
            throw new IllegalArgumentException("timecodes at " + rate.label() + " and " + later.rate.label()
                    + " cannot be counted together");
        }
        return later.frames - frames;
    }

    /** The real time the frames last, in seconds: what a running time adds up. */
    public static double seconds(long frames, FrameRate rate) {
        return (double) frames * rate.denominator / rate.numerator;
    }

    /** HH:MM:SS:FF, or HH:MM:SS;FF in drop-frame. */
    @Override
    public String toString() {
        long f = frames;
        int base = rate.base;
        if (rate.dropFrame) {
            int dropped = dropPerMinute(rate);
            long perTenMinutes = 10L * 60 * base - 9L * dropped;
            long perMinute = 60L * base - dropped;
            long tens = f / perTenMinutes;
            long rest = f % perTenMinutes;
            f += 9L * dropped * tens + (rest < dropped ? 0 : dropped * ((rest - dropped) / perMinute));
        }
        long ff = f % base;
        long totalSeconds = f / base;
        return String.format("%02d:%02d:%02d%s%02d", totalSeconds / 3600, totalSeconds / 60 % 60, totalSeconds % 60,
                rate.dropFrame ? ";" : ":", ff);
    }

    @Override
    public int compareTo(SmpteTimecode other) {
        return Long.compare(frames, other.frames);
    }

    private static int dropPerMinute(FrameRate rate) {
        return rate.dropFrame ? 2 * rate.base / 30 : 0;
    }
}
