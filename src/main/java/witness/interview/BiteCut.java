package witness.interview;

import static witness.web.Texts.blankToNull;

import witness.core.Film;
import witness.web.FieldErrors;

/**
 * Where a bite is cut from its interview's rushes: the clip, and its in and out at frame precision. An in or out
 * left empty is taken from the testimony's timecodes (the transcript's, times into the clip from its start), so that
 * choosing a passage gives the edit suite's timecodes, which the producer can then adjust by the frame; not when the
 * transcript says its times are into another clip.
 */
public final class BiteCut {
    private BiteCut() {
    }

    /** Sets the clip, in and out from the input, each refused by name: another interview's clip, out before in, outside the clip. */
    static void apply(Film film, Testimony t, TestimonyInput input, FieldErrors errors) {
        cut(film, t, input.clip, input.clipIn, input.clipOut, errors);
    }

    /** As {@link #cut(Testimony, Clip, String, String, FieldErrors)}, the clip named by its key (empty: none). */
    static void cut(Film film, Testimony t, String clipKey, String clipIn, String clipOut, FieldErrors errors) {
        String key = blankToNull(clipKey);
        Clip clip = key == null ? null : Clip.byKey(film, key).orElse(null);
        if (key != null && clip == null) {
            errors.add("clip", "the film has no clip '" + key + "'");
            return;
        }
        cut(t, clip, blankToNull(clipIn), blankToNull(clipOut), errors);
    }

    /**
     * Cuts the testimony from the clip (none: no cut) at the in and out written, an empty one taken from the
     * transcript's times; a message by field for each fault: an in or out without a clip, another interview's clip,
     * a frame the rate lacks, out not after in, outside the clip.
     */
    public static void cut(Testimony t, Clip clip, String clipIn, String clipOut, FieldErrors errors) {
        t.clip = clip;
        t.clipIn = clipIn;
        t.clipOut = clipOut;
        if (clip == null) {
            if (clipIn != null || clipOut != null) {
                errors.add("clip", "is required with an in or out: the clip they are timecodes of");
            }
        } else if (t.interview == null || !clip.interview.equals(t.interview)) {
            errors.add("clip", "is a clip of another interview (" + clip.interview.interviewee() + ")");
        } else {
            check(t, errors);
        }
    }

    private static void check(Testimony t, FieldErrors errors) {
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
        if (written != null) {
            return ClipEditor.timecode(errors, field, written, clip.rate);
        }
        if (transcript == null) {
            return null;
        }
        Clip timesInto = Transcript.of(clip.interview).map(Transcript::timesInto).orElse(clip);
        if (timesInto != null && !timesInto.equals(clip)) {
            errors.add(field, "is required: the transcript's times are into the clip " + timesInto.reel + ", not "
                    + clip.reel);
            return null;
        }
        try {
            return clip.startTimecode().plus(Math.round(Timecode.parse(transcript).seconds() * clip.rate.perSecond()));
        } catch (IllegalArgumentException e) {
            errors.add(field, e.getMessage().replaceFirst("^'[^']*' ", ""));
            return null;
        }
    }
}
