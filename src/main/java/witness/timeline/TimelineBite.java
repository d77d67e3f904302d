package witness.timeline;

import java.util.Objects;
import witness.interview.FrameRate;
import witness.interview.SmpteTimecode;

/**
 * One bite of the paper edit as the edit suite will cut it: a stretch of one rushes file, from its source in to its
 * source out (out exclusive, as edit suites count), at the clip's frame rate.
 *
 * @param reelName the reel (tape, card or roll) as the team wrote it; an EDL shortens it, see {@link CmxReels}
 * @param clipName the clip's name in the bin, e.g. A001_C003
 * @param rushesFile the rushes file's name or path, e.g. /rushes/day2/A001_C003.mov
 * @param picture true when the clip has picture and sound, false when it is sound only
 * @param rate the frame rate the clip was shot at
 * @param sourceIn the first frame of the bite, at the clip's rate
 * @param sourceOut the frame after the bite's last, at the clip's rate
 * @param speaker who speaks in the bite, as the script names them
 * @param sceneNumber the number of the scene the bite is in, as printed (2.3, 2.A3A); empty when in no scene yet
 * @param sceneTitle the scene's title; empty when in no scene yet
 */
public record TimelineBite(String reelName, String clipName, String rushesFile, boolean picture, FrameRate rate,
        SmpteTimecode sourceIn, SmpteTimecode sourceOut, String speaker, String sceneNumber, String sceneTitle) {

    public TimelineBite {
        clipName = required(clipName, "a clip name", "?");
        reelName = required(reelName, "a reel name", clipName);
        rushesFile = required(rushesFile, "a rushes file", clipName);
        Objects.requireNonNull(rate, "the bite " + clipName + " needs a frame rate");
        Objects.requireNonNull(sourceIn, "the bite " + clipName + " needs a source in");
        Objects.requireNonNull(sourceOut, "the bite " + clipName + " needs a source out");
        speaker = speaker == null ? "" : speaker.strip();
        sceneNumber = sceneNumber == null ? "" : sceneNumber.strip();
        sceneTitle = sceneTitle == null ? "" : sceneTitle.strip();
        if (sourceIn.rate() != rate || sourceOut.rate() != rate) {
            throw new IllegalArgumentException("the bite " + clipName + " is shot at " + rate.label()
                    + " but its source in or out is counted at another rate");
        }
        if (sourceOut.compareTo(sourceIn) <= 0) {
            throw new IllegalArgumentException("the bite " + clipName + " ends at " + sourceOut
                    + ", not after its start " + sourceIn + ": its out must come after its in");
        }
    }

    /** The frames the bite lasts. */
    public long frames() {
        return sourceIn.framesUntil(sourceOut);
    }

    /** A name for messages: the clip, and the speaker when known. */
    public String describe() {
        return speaker.isEmpty() ? clipName : clipName + " (" + speaker + ")";
    }

    private static String required(String text, String what, String clip) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the bite " + clip + " needs " + what);
        }
        return text.strip();
    }
}
