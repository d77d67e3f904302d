package witness.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static witness.timeline.PaperEdits.bite;

import java.util.List;
import org.junit.jupiter.api.Test;
import witness.interview.FrameRate;
import witness.interview.SmpteTimecode;

/** A paper edit laid out end to end, and the bites it refuses. */
class PaperEditTimelineTest {

    @Test
    void bitesAreLaidEndToEndFromOneHour() {
        PaperEditTimeline timeline = PaperEdits.orenburg();
        assertThat(timeline.recordStart()).hasToString("01:00:00:00");
        assertThat(timeline.placed()).extracting(p -> p.recordIn() + " " + p.recordOut()).containsExactly(
                "01:00:00:00 01:00:05:10", "01:00:05:10 01:00:08:10", "01:00:08:10 01:00:09:20",
                "01:00:09:20 01:00:09:22");
        assertThat(timeline.placed()).extracting(PlacedBite::number, PlacedBite::offset)
                .containsExactly(tuple(1, 0L), tuple(2, 135L), tuple(3, 210L), tuple(4, 245L));
        assertThat(timeline.frames()).isEqualTo(247);
    }

    @Test
    void aSceneStartsWhereItsFirstBiteIs() {
        assertThat(PaperEdits.orenburg().sceneStarts()).extracting(s -> s.name() + " @" + s.record())
                .containsExactly("2.3 Orenburg, зима @01:00:00:00", "2.4 The archive @01:00:08:10");
        assertThat(PaperEdits.dropFrame().sceneStarts()).extracting(s -> s.name() + " @" + s.record())
                .containsExactly("1.1 Steppe @01:00:00;00", "1.2 Road @01:01:00;20");
    }

    @Test
    void aBiteWhoseOutIsNotAfterItsInIsRefusedByName() {
        assertThatThrownBy(() -> bite("Vlady", "A001_C003", "a.mov", true, FrameRate.FPS_25, "00:00:05:10",
                "00:00:05:00", "Vlady", "2.3", "Orenburg")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A001_C003").hasMessageContaining("out must come after its in");
        assertThatThrownBy(() -> bite("Vlady", "A001_C004", "a.mov", true, FrameRate.FPS_25, "00:00:05:10",
                "00:00:05:10", "Vlady", "2.3", "Orenburg")).hasMessageContaining("A001_C004")
                .hasMessageContaining("out must come after its in");
    }

    @Test
    void aBiteShotAtAnotherRateThanTheTimelineIsRefusedByName() {
        TimelineBite pal = bite("Vlady", "A001_C003", "a.mov", true, FrameRate.FPS_25, "00:00:05:00", "00:00:06:00",
                "Vlady", "2.3", "Orenburg");
        assertThatThrownBy(() -> PaperEditTimeline.of("NTSC", FrameRate.FPS_29_97_DF, List.of(pal)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bite 1, A001_C003 (Vlady), is shot at 25 but the timeline runs at 29.97 drop-frame:"
                        + " convert the clip or the timeline first");
        assertThatThrownBy(() -> new TimelineBite("Vlady", "A001_C005", "a.mov", true, FrameRate.FPS_24,
                SmpteTimecode.parse("00:00:05:00", FrameRate.FPS_25),
                SmpteTimecode.parse("00:00:06:00", FrameRate.FPS_25), "Vlady", "", ""))
                .hasMessageContaining("A001_C005").hasMessageContaining("another rate");
    }

    @Test
    void aTimelinePastTwentyFourHoursOfRecordTimecodeIsRefused() {
        FrameRate r = FrameRate.FPS_25;
        TimelineBite bite = bite("Vlady", "A1", "a.mov", true, r, "00:00:00:00", "00:00:02:00", "", "", "");
        assertThatThrownBy(() -> new PaperEditTimeline("Late", r, SmpteTimecode.parse("23:59:59:00", r),
                List.of(bite))).hasMessageContaining("24 hours");
    }
}
