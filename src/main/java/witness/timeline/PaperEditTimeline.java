package witness.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import witness.interview.FrameRate;
import witness.interview.SmpteTimecode;

/**
 * A paper edit laid out as a timeline for the edit suite: its bites end to end, in order, from the record start
 * (01:00:00:00 by default, as edit suites begin a programme), all at the timeline's frame rate. A bite shot at
 * another rate is refused: the edit suite would have to convert it, and a cut list cannot say how. The scene starts
 * (the markers) are read from the bites, where the scene changes, so that they cannot disagree with them.
 *
 * @param title the paper edit's title, what the EDL's TITLE line and the OTIO timeline's name say
 * @param rate the timeline's frame rate
 * @param recordStart the record timecode of the first bite's first frame
 * @param bites the bites in the order they are cut
 */
public record PaperEditTimeline(String title, FrameRate rate, SmpteTimecode recordStart, List<TimelineBite> bites) {

    public PaperEditTimeline {
        title = title == null || title.isBlank() ? "Paper edit" : title.strip();
        Objects.requireNonNull(rate, "a timeline needs a frame rate");
        Objects.requireNonNull(recordStart, "a timeline needs a record start");
        bites = List.copyOf(bites);
        if (recordStart.rate() != rate) {
            throw new IllegalArgumentException("the record start " + recordStart + " is counted at "
                    + recordStart.rate().label() + ", the timeline runs at " + rate.label());
        }
        for (int i = 0; i < bites.size(); i++) {
            refuseAnotherRate(i + 1, bites.get(i), rate);
        }
        refuseMoreThanADay(recordStart, bites);
    }

    /** A timeline starting at 01:00:00:00. */
    public static PaperEditTimeline of(String title, FrameRate rate, List<TimelineBite> bites) {
        return new PaperEditTimeline(title, rate, SmpteTimecode.parse("01:00:00:00", rate), bites);
    }

    /** Each bite with its event number and its record in and out, laid end to end from the record start. */
    public List<PlacedBite> placed() {
        List<PlacedBite> placed = new ArrayList<>();
        long offset = 0;
        for (TimelineBite bite : bites) {
            SmpteTimecode in = recordStart.plus(offset);
            placed.add(new PlacedBite(placed.size() + 1, bite, offset, in, in.plus(bite.frames())));
            offset += bite.frames();
        }
        return placed;
    }

    /** Where each scene begins: at the first bite, and at each bite whose scene is not the one before's. */
    public List<SceneStart> sceneStarts() {
        List<SceneStart> starts = new ArrayList<>();
        String scene = null;
        for (PlacedBite p : placed()) {
            TimelineBite bite = p.bite();
            if (!bite.sceneNumber().isEmpty() && !bite.sceneNumber().equals(scene)) {
                starts.add(new SceneStart(bite.sceneNumber(), bite.sceneTitle(), p.offset(), p.recordIn()));
            }
            scene = bite.sceneNumber();
        }
        return starts;
    }

    /** The frames the whole timeline lasts. */
    public long frames() {
        return bites.stream().mapToLong(TimelineBite::frames).sum();
    }

    private static void refuseAnotherRate(int number, TimelineBite bite, FrameRate rate) {
        if (bite.rate() != rate) {
            throw new IllegalArgumentException("bite " + number + ", " + bite.describe() + ", is shot at "
                    + bite.rate().label() + " but the timeline runs at " + rate.label()
                    + ": convert the clip or the timeline first");
        }
    }

    private static void refuseMoreThanADay(SmpteTimecode recordStart, List<TimelineBite> bites) {
        long end = recordStart.frames() + bites.stream().mapToLong(TimelineBite::frames).sum();
        if (end >= SmpteTimecode.framesPerDay(recordStart.rate())) {
            throw new IllegalArgumentException("the paper edit runs from " + recordStart
                    + " to 24 hours of record timecode or past it");
        }
    }
}
