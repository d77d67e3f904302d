package witness.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void aDateIsAsPreciseAsItIsWritten() {
        assertThat(PartialDate.parse("1947-11-17").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse("1919-01").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("1912").precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void itIsWrittenForPeopleAndBackForTheDossier() {
        assertThat(PartialDate.parse("1947-11-17").display()).isEqualTo("17 November 1947");
        assertThat(PartialDate.parse("1919-01").display()).isEqualTo("January 1919");
        assertThat(PartialDate.parse("1912").display()).isEqualTo("1912");
        for (String iso : new String[] {"1947-11-17", "1919-01", "1912"}) {
            assertThat(PartialDate.parse(iso).iso()).isEqualTo(iso);
        }
    }

    @Test
    void whatIsNotADateIsRefusedSayingHowToWriteOne() {
        for (String bad : new String[] {"1947-13", "1947-02-30", "17 Nov 1947", "47"}) {
            assertThatThrownBy(() -> PartialDate.parse(bad)).hasMessageContaining("write 1947-11-17, 1947-11 or 1947");
        }
    }
}
