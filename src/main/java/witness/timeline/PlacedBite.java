package witness.timeline;

import witness.interview.SmpteTimecode;

/**
 * A bite where the paper edit puts it: its event number (1 for the first bite), its record in and out on the
 * timeline, and its offset in frames from the record start (what OpenTimelineIO counts a track's time in).
 */
public record PlacedBite(int number, TimelineBite bite, long offset, SmpteTimecode recordIn,
        SmpteTimecode recordOut) {
}
