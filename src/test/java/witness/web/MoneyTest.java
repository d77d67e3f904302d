package witness.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Fees as a producer writes them on a page (the CSV keeps plain numbers for spreadsheets). */
class MoneyTest {
    @Test
    void anAmountIsWrittenWithItsCurrencysSymbolAndThousands() {
        assertThat(Formats.money(new BigDecimal("2750"), "GBP")).isEqualTo("£2,750.00");
        assertThat(Formats.money(new BigDecimal("100.5"), "EUR")).isEqualTo("€100.50");
        assertThat(Formats.money(new BigDecimal("40"), "USD")).isEqualTo("US$40.00");
    }

    @Test
    void withoutAKnownCurrencyTheNumberStandsAloneOrWithTheCodeAsTyped() {
        assertThat(Formats.money(new BigDecimal("1234.5"), null)).isEqualTo("1,234.50");
        assertThat(Formats.money(new BigDecimal("12"), "XQQ")).isEqualTo("12.00 XQQ");
        assertThat(Formats.money(null, "GBP")).isEmpty();
    }
}
