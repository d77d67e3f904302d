package witness.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Frame-accurate timecode as edit suites count it, drop-frame included. */
class SmpteTimecodeTest {

    private static SmpteTimecode tc(String text, FrameRate rate) {
        return SmpteTimecode.parse(text, rate);
    }

    @Test
    void nonDropCountsEveryFrame() {
        assertThat(tc("01:00:00:00", FrameRate.FPS_25).frames()).isEqualTo(90_000);
        assertThat(tc("00:00:01:00", FrameRate.FPS_23_976).frames()).isEqualTo(24);
        assertThat(tc("01:00:00:00", FrameRate.FPS_29_97_NDF).frames()).isEqualTo(108_000);
        assertThat(SmpteTimecode.ofFrames(90_024, FrameRate.FPS_25)).hasToString("01:00:00:24");
        assertThat(tc("00:59:59:24", FrameRate.FPS_25).plus(1)).hasToString("01:00:00:00");
    }

    @Test
    void dropFrameSkipsTwoLabelsAMinuteButEveryTenth() {
        FrameRate df = FrameRate.FPS_29_97_DF;
        assertThat(tc("00:00:59;29", df).plus(1)).hasToString("00:01:00;02");
        assertThat(tc("00:01:00;02", df).frames()).isEqualTo(1800);
        assertThat(tc("00:09:59;29", df).plus(1)).hasToString("00:10:00;00");
        assertThat(tc("00:10:00;00", df).frames()).isEqualTo(17_982);
        assertThat(tc("01:00:00;00", df).frames()).isEqualTo(107_892);
        assertThat(SmpteTimecode.ofFrames(107_892, df)).hasToString("01:00:00;00");
        assertThat(SmpteTimecode.seconds(107_892, df)).isCloseTo(3599.9964, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void everyFrameOfADropFrameHourReadsBackAsItself() {
        FrameRate df = FrameRate.FPS_29_97_DF;
        for (long f = 0; f < 107_892; f++) {
            SmpteTimecode t = SmpteTimecode.ofFrames(f, df);
            assertThat(tc(t.toString(), df).frames()).as(t.toString()).isEqualTo(f);
        }
    }

    @Test
    void timecodeWrapsAtTwentyFourHours() {
        assertThat(tc("23:59:59:24", FrameRate.FPS_25).plus(1)).hasToString("00:00:00:00");
        assertThat(tc("00:00:00:00", FrameRate.FPS_25).plus(-1)).hasToString("23:59:59:24");
        assertThat(tc("23:59:59;29", FrameRate.FPS_29_97_DF).plus(1)).hasToString("00:00:00;00");
    }

    @Test
    void labelsThatDoNotExistAreRefusedWithTheReason() {
        assertThatThrownBy(() -> tc("00:01:00;00", FrameRate.FPS_29_97_DF)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> tc("00:00:10:25", FrameRate.FPS_25)).hasMessageContaining("frames run 00 to 24");
        assertThatThrownBy(() -> tc("00:61:00:00", FrameRate.FPS_25)).hasMessageContaining("over 59");
        assertThatThrownBy(() -> tc("1:00:00", FrameRate.FPS_25)).hasMessageContaining("not a timecode");
        assertThatThrownBy(() -> tc("00:00:01:00", FrameRate.FPS_25)
                .framesUntil(tc("00:00:02:00", FrameRate.FPS_24))).hasMessageContaining("cannot be counted together");
    }
}
