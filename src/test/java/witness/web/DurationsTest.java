package witness.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void secondsAreReadAsTheyAreWritten() {
        assertThat(Durations.parse("150")).isEqualTo(150);
        assertThat(Durations.parse(" 45 ")).isEqualTo(45);
        assertThat(Durations.parse("0")).isZero();
    }

    @Test
    void minutesAndSecondsAreReadAsSeconds() {
        assertThat(Durations.parse("2:30")).isEqualTo(150);
        assertThat(Durations.parse("0:05")).isEqualTo(5);
        assertThat(Durations.parse("75:00")).isEqualTo(4500);
    }

    @Test
    void nothingWrittenIsNoDuration() {
        assertThat(Durations.parse(null)).isNull();
        assertThat(Durations.parse("  ")).isNull();
    }

    @Test
    void aNegativeDurationIsReadSoThatTheValidatorCanRefuseIt() {
        assertThat(Durations.parse("-5")).isEqualTo(-5);
        assertThat(Durations.parse("-1:30")).isEqualTo(-90);
    }

    @Test
    void anythingElseIsRefusedSayingWhatIsExpected() {
        for (String text : new String[] { "two minutes", "2:3", "2:60", "1.5", "2:30:00", ":30", "1e3", "9999999999" }) {
            assertThatThrownBy(() -> Durations.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(Durations.EXPECTED);
        }
    }

    @Test
    void aStoredDurationIsShownInTheFormAsMinutesAndSeconds() {
        assertThat(Durations.format(150)).isEqualTo("2:30");
        assertThat(Durations.format(45)).isEqualTo("0:45");
        assertThat(Durations.format(3600)).isEqualTo("60:00");
        assertThat(Durations.format(null)).isEmpty();
        assertThat(Durations.parse(Durations.format(4321))).isEqualTo(4321);
    }
}
