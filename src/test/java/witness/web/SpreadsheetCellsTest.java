package witness.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+44 20 7946 0000", "-3", "@SUM(A1:A2)", "\tTab", "\rReturn"})
    void aCellASpreadsheetWouldTakeForAFormulaIsWrittenAfterAQuote(String cell) {
        assertThat(SpreadsheetCells.neutral(cell)).isEqualTo("'" + cell);
        assertThat(SpreadsheetCells.restored("'" + cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "'", "''", "'=x", "''=x", "'Tis the season", "Orenburg, 1933", "=", "'-", "a=b"})
    void everyTextComesBackAsItWasWritten(String cell) {
        assertThat(SpreadsheetCells.restored((String) SpreadsheetCells.neutral(cell))).isEqualTo(cell);
    }

    @Test
    void plainTextsAndNumbersAreWrittenAsTheyAre() {
        assertThat(SpreadsheetCells.neutral("Vlady Kibalchich")).isEqualTo("Vlady Kibalchich");
        assertThat(SpreadsheetCells.neutral("'Tis")).isEqualTo("'Tis");
        assertThat(SpreadsheetCells.neutral(new BigDecimal("-5"))).isEqualTo(new BigDecimal("-5"));
        assertThat(SpreadsheetCells.neutral(null)).isNull();
    }
}
