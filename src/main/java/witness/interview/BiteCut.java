package witness.interview;

import static witness.web.Texts.blankToNull;

import witness.core.Film;
import witness.web.FieldErrors;

/**
 * Where a bite is cut from its interview's rushes: the clip, and its in and out at frame precision. An in or out
 * left empty is taken from the transcript's timecodes (times into the clip, from its start), so that choosing a
 * passage gives the edit suite's timecodes, which the producer can then adjust by the frame.
 */
public final class BiteCut {
    private BiteCut() {
    }

    /** Sets the clip, in and out from the input, each refused by name: another interview's clip, out before in, outside the clip. */
    static void apply(Film film, Testimony t, TestimonyInput input, FieldErrors errors) {
        String key = blankToNull(input.clip);
        t.clip = key == null ? null : Clip.byKey(film, key).orElse(null);
        t.clipIn = blankToNull(input.clipIn);
        t.clipOut = blankToNull(input.clipOut);
        if (key == null) {
            if (t.clipIn != null || t.clipOut != null) {
                errors.add("clip", "is required with an in or out: the clip they are timecodes of");
            }
            return;
        }
        if (t.clip == null) {
            errors.add("clip", "the film has no clip '" + key + "'");
        } else if (t.interview == null || !t.clip.interview.id.equals(t.interview.id)) {
            errors.add("clip", "is a clip of another interview (" + t.clip.interview.interviewee() + ")");
        } else {
            check(t, errors);
        }
    }

    /**
     * Checks the cut of a testimony whose clip is set (and its in and out, as written or empty), taking an empty in
     * or out from the transcript's times; a message by field for each fault.
     */
    public static void check(Testimony t, FieldErrors errors) {
        Clip clip = t.clip;
        SmpteTimecode in = point(errors, "clipIn", t.clipIn, t.timecodeIn, clip);
        SmpteTimecode out = point(errors, "clipOut", t.clipOut, t.timecodeOut, clip);
        t.clipIn = in == null ? t.clipIn : in.toString();
        t.clipOut = out == null ? t.clipOut : out.toString();
        if (in == null || out == null) {
            return;
        }
        if (in.framesUntil(out) <= 0) {
            errors.add("clipOut", "must come after the clip in (" + in + ")");
        }
        SmpteTimecode start = clip.startTimecode(), end = clip.end();
        if (start.framesUntil(in) < 0) {
            errors.add("clipIn", "is before the clip starts (" + start + ")");
        }
        if (end != null && out.framesUntil(end) < 0) {
            errors.add("clipOut", "is after the clip ends (" + end + ")");
        }
    }

    /** The point written, or the transcript's time into the clip from its start; null when neither is there. */
    private static SmpteTimecode point(FieldErrors errors, String field, String written, String transcript, Clip clip) {
        try {
            if (written != null) {
                return SmpteTimecode.parse(written, clip.rate);
            }
            if (transcript != null) {
                long seconds = Timecode.parse(transcript).seconds();
                return clip.startTimecode().plus(Math.round(seconds * clip.rate.perSecond()));
            }
        } catch (IllegalArgumentException e) {
            errors.add(field, e.getMessage().replaceFirst("^'[^']*' ", ""));
        }
        return null;
    }
}
