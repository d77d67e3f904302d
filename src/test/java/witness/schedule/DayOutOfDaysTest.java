package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The day-out-of-days codes of one row over a shoot: start, work, finish, hold between, travel. */
class DayOutOfDaysTest {
    private static List<String> codes(Set<Integer> travel, Integer... listed) {
        return DayOutOfDays.codes(new TreeSet<>(List.of(listed)), 7, travel);
    }

    @Test
    void daysWorkedAreStartWorkAndFinishWithTheDaysBetweenHeld() {
        assertThat(codes(Set.of(), 1, 2, 4)).containsExactly("", "SW", "W", "H", "WF", "", "");
        assertThat(codes(Set.of(), 3)).containsExactly("", "", "", "SWF", "", "", "");
    }

    @Test
    void aDayThatFilmsNothingIsTravelForThoseListedOnItAndBetweenTheirWorkDays() {
        // the crew flies in on day 0, films days 1 to 5 with a travel day 3 between, flies home on day 6
        assertThat(codes(Set.of(0, 3, 6), 0, 1, 2, 3, 4, 5, 6)).containsExactly("T", "SW", "W", "T", "W", "WF", "T");
        // an interviewee filmed on days 1 and 5 is held on the crew's travel day 3 between, not travelling
        assertThat(codes(Set.of(0, 3, 6), 1, 5)).containsExactly("", "SW", "H", "H", "H", "WF", "");
    }

    @Test
    void aLongShootIsPrintedInTablesOfFourteenDaysWithTheTotalsInTheLast() {
        List<ShootDay> days = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ShootDay day = new ShootDay();
            day.date = java.time.LocalDate.of(1990, 3, 1).plusDays(i);
            days.add(day);
        }
        DayOutOfDays dood = DayOutOfDays.of(new Schedule(), days);
        assertThat(dood.blocks()).extracting(b -> b.headings().size()).containsExactly(14, 14, 2);
        assertThat(dood.blocks()).extracting(DayOutOfDays.Block::last).containsExactly(false, false, true);
        assertThat(dood.blocks().get(1).headings().get(0)).isEqualTo("Thu 15 Mar");
        DayOutOfDays.Row row = new DayOutOfDays.Row("Camera", "crew", java.util.Collections.nCopies(30, "W"));
        assertThat(dood.blocks().get(2).codes(row)).hasSize(2);
    }

    @Test
    void rowTotalsCountWorkHoldAndTravel() {
        DayOutOfDays.Row row = new DayOutOfDays.Row("Camera", "crew", List.of("T", "SW", "H", "T", "W", "WF", ""));
        assertThat(List.of(row.work(), row.hold(), row.travel())).containsExactly(3L, 1L, 2L);
    }
}
