package witness.film;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a scene or shot added to a locked script goes, in Final Draft's numbering. */
class PrintedNumberTest {

    private static String between(String previous, String next, String parent, String... taken) {
        return PrintedNumber.between(PrintedNumber.lastOf(previous), PrintedNumber.lastOf(next), parent,
                Set.of(taken));
    }

    @Test
    void aSceneAddedBetweenTwoIsLetteredAfterTheFirstThenTheNextLetter() {
        assertThat(between("2.3", "2.4", "2.", "2.3", "2.4")).isEqualTo("3A");
        assertThat(between("2.3A", "2.4", "2.", "2.3", "2.3A", "2.4")).isEqualTo("3B");
    }

    @Test
    void aSceneBetweenANumberAndItsASceneTakesALetterInFront() {
        assertThat(between("2.3", "2.3A", "2.", "2.3", "2.3A", "2.4")).isEqualTo("A3A");
        assertThat(between("2.A3A", "2.3A", "2.", "2.3", "2.A3A", "2.3A")).isEqualTo("B3A");
        assertThat(between("2.3", "2.3A", "2.", "2.3", "2.A3A", "2.3A")).as("A2.3A omitted").isEqualTo("B3A");
    }

    @Test
    void beforeTheFirstIsAOneAfterTheLastTheNextNumberNoPagePrinted() {
        assertThat(between(null, "2.1", "2.", "2.1", "2.2")).isEqualTo("A1");
        assertThat(between("2.5", null, "2.", "2.5")).isEqualTo("6");
        assertThat(between(null, null, "2A.")).isEqualTo("1");
    }

    @Test
    void anOmittedNumberIsNeverGivenAgain() {
        assertThat(between("2.5", null, "2.", "2.5", "2.6")).as("2.6 was deleted: OMITTED").isEqualTo("5A");
        assertThat(between("2.3", "2.4", "2.", "2.3", "2.3A", "2.4")).as("2.3A omitted").isEqualTo("3B");
        assertThat(between(null, null, "2.", "2.1", "2.2")).as("every scene deleted").isEqualTo("3");
    }

    @Test
    void shotsAreLetteredTheSameWay() {
        assertThat(between("3.2.4", "3.2.5", "3.2.", "3.2.4", "3.2.5")).isEqualTo("4A");
    }

    @Test
    void siblingsOutOfOrderAfterAMoveStillGetAFreeNumber() {
        assertThat(between("2.7", "2.2", "2.", "2.2", "2.7", "2.8")).isEqualTo("7A");
    }

    @Test
    void theOrderIsFinalDraftsOrder() {
        List<PrintedNumber> numbers = new ArrayList<>();
        for (String n : List.of("4A", "5", "A4A", "4", "4AA", "4Z", "B4A", "A1", "1")) {
            numbers.add(PrintedNumber.lastOf(n));
        }
        numbers.sort(null);
        assertThat(numbers).extracting(PrintedNumber::toString)
                .containsExactly("A1", "1", "4", "A4A", "B4A", "4A", "4Z", "4AA", "5");
        assertThat(PrintedNumber.next("Z")).isEqualTo("AA");
        assertThat(PrintedNumber.next("AZ")).isEqualTo("BA");
    }
}
