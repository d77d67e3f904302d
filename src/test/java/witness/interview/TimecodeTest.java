package witness.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timecodes as transcripts write them, and the arithmetic of bites. */
class TimecodeTest {

    @Test
    void theFourWaysOfWritingATimecodeAreRead() {
        assertThat(Timecode.parse("00:12:31").millis()).isEqualTo(751_000);
        assertThat(Timecode.parse("00:12:31,250").millis()).isEqualTo(751_250);
        assertThat(Timecode.parse("00:12:31.250").millis()).isEqualTo(751_250);
        assertThat(Timecode.parse("12:31.250").millis()).isEqualTo(751_250);
        assertThat(Timecode.parse("01:00:00").millis()).isEqualTo(3_600_000);
        assertThat(Timecode.parse(" 100:00:00 ").seconds()).isEqualTo(360_000);
    }

    @Test
    void aTimecodeIsWrittenBackAsEachFormatWritesIt() {
        Timecode t = Timecode.parse("01:02:03,004");
        assertThat(t.format()).isEqualTo("01:02:03");
        assertThat(t.srt()).isEqualTo("01:02:03,004");
        assertThat(t.vtt()).isEqualTo("01:02:03.004");
        assertThat(t.formatUp()).isEqualTo("01:02:04");
        assertThat(Timecode.parse("00:00:04").formatUp()).isEqualTo("00:00:04");
        assertThat(t.toString()).isEqualTo("01:02:03.004");
        assertThat(Timecode.ofSeconds(751).toString()).isEqualTo("00:12:31");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "12:31", "0:12:31", "00:60:00", "00:12:61", "00:12:31:00", "00:12:31,25", "aa:bb:cc",
            "12:31,250", "-00:00:01", "00:12:31.2500" })
    void aBadTimecodeIsRefusedSayingWhatIsExpected(String text) {
        assertThatThrownBy(() -> Timecode.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a timecode like 00:12:31");
    }

    @Test
    void theDurationBetweenInAndOut() {
        assertThat(Timecode.parse("00:12:31").millisUntil(Timecode.parse("00:13:02.500"))).isEqualTo(31_500);
        assertThat(Timecode.secondsBetween("00:12:31", "00:13:02")).isEqualTo(31);
        assertThat(Timecode.secondsBetween("00:59:50", "01:00:10")).isEqualTo(20);
        assertThat(Timecode.secondsBetween("00:12:31", null)).isNull();
        assertThat(Timecode.secondsBetween("00:13:02", "00:12:31")).isNull();
        assertThat(Timecode.secondsBetween("nonsense", "00:12:31")).isNull();
        assertThatThrownBy(() -> Timecode.parse("00:13:02").millisUntil(Timecode.parse("00:12:31")))
                .hasMessageContaining("before the in point");
    }

    @Test
    void durationsAddUp() {
        assertThat(Timecode.sum(List.of(31_500L, 28_500L, 60_000L)).format()).isEqualTo("00:02:00");
        assertThat(Timecode.sum(List.of()).millis()).isZero();
        assertThat(Timecode.parse("00:00:59.500").plus(500).format()).isEqualTo("00:01:00");
        assertThat(Timecode.parse("00:00:01").compareTo(Timecode.parse("00:00:00.999"))).isPositive();
    }
}
