package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import witness.schedule.ScheduleSnapshot.Call;
import witness.schedule.ScheduleSnapshot.Day;
import witness.schedule.ScheduleSnapshot.Strip;

/** What the crew hears of a republished schedule, from two snapshots of the Mexico shoot. */
class ScheduleComparisonTest {
    static final Strip VLADY = new Strip("interview:vlady", "the interview with Vlady Kibalchich");
    static final Strip STUDY = new Strip("shot:study-1", "shot 4.2.1");
    static final Strip GRAVE = new Strip("shot:grave-1", "shot 4.5.1");

    static final Call CAMERA = new Call("ana", "Ana Camargo", null, null);
    static final Call SOUND = new Call("luis", "Luis Ortega", LocalTime.of(7, 30), null);
    static final Call INTERPRETER = new Call("olga", "Olga Zorina", null, null);

    private static Day day(long id, int march, String place, String call, List<Call> calls, Strip... strips) {
        return new Day(id, LocalDate.of(1990, 3, march), place.toLowerCase(), place, LocalTime.parse(call),
                LocalTime.of(18, 0), calls, List.of(strips));
    }

    private static ScheduleComparison compare(List<Day> a, List<Day> b) {
        return ScheduleComparison.of(null, new ScheduleSnapshot("Mexico shoot", a), null,
                new ScheduleSnapshot("Mexico shoot", b));
    }

    @Test
    void aDayMovedToAnotherDateAnotherPlaceAndEarlierCallIsOneDayChangedThreeWays() {
        ScheduleComparison c = compare(List.of(day(1, 5, "Mexico City", "08:30", List.of(CAMERA), VLADY)),
                List.of(day(1, 6, "Coyoacán", "07:00", List.of(CAMERA), VLADY)));
        assertThat(c.days()).containsExactly("Day moved: Monday 5 March 1990 is now Tuesday 6 March 1990.",
                "Tuesday 6 March 1990: the place is now Coyoacán (was Mexico City).",
                "Tuesday 6 March 1990: call 07:00 (was 08:30).");
        assertThat(c.strips()).isEmpty();
        assertThat(c.people()).isEmpty();
    }

    @Test
    void stripsMovedPlannedAndDroppedAndPeopleCalledAndNoLongerCalledAreListed() {
        ScheduleComparison c = compare(
                List.of(day(1, 5, "Mexico City", "08:30", List.of(CAMERA, SOUND), VLADY, STUDY),
                        day(2, 9, "Coyoacán", "09:00", List.of())),
                List.of(day(1, 5, "Mexico City", "08:30", List.of(CAMERA, INTERPRETER), VLADY),
                        day(2, 9, "Coyoacán", "09:00", List.of(), STUDY, GRAVE),
                        day(3, 10, "Paricutín", "06:00", List.of())));
        assertThat(c.days()).containsExactly("Day added: Saturday 10 March 1990, Paricutín.");
        assertThat(c.strips()).containsExactly("Moved: shot 4.2.1 from Monday 5 March 1990 to Friday 9 March 1990.",
                "Planned: shot 4.5.1 on Friday 9 March 1990.");
        assertThat(c.people()).containsExactly("Monday 5 March 1990: Olga Zorina called at 08:30.",
                "Monday 5 March 1990: Luis Ortega no longer called.");
        assertThat(compare(List.of(day(1, 5, "Mexico City", "08:30", List.of(), VLADY)), List.of()).strips())
                .containsExactly("No longer planned: the interview with Vlady Kibalchich (was on Monday 5 March 1990).");
        assertThat(compare(List.of(day(1, 5, "Mexico City", "08:30", List.of())), List.of()).days())
                .containsExactly("Day dropped: Monday 5 March 1990, Mexico City.");
    }

    @Test
    void aCallAtAnotherTimeOrWithOtherNotesIsListedAndADayCallMovingEveryoneIsTheDaysChangeOnce() {
        Call soundLater = new Call("luis", "Luis Ortega", LocalTime.of(9, 0), null);
        Call cameraBriefed = new Call("ana", "Ana Camargo", null, "Brings the Arri");
        ScheduleComparison c = compare(List.of(day(1, 5, "Mexico City", "08:30", List.of(CAMERA, SOUND))),
                List.of(day(1, 5, "Mexico City", "08:30", List.of(cameraBriefed, soundLater))));
        assertThat(c.people()).containsExactly("Monday 5 March 1990: Ana Camargo's call notes changed.",
                "Monday 5 March 1990: Luis Ortega called at 09:00 (was 07:30).");

        ScheduleComparison earlier = compare(List.of(day(1, 5, "Mexico City", "08:30", List.of(CAMERA))),
                List.of(day(1, 5, "Mexico City", "07:00", List.of(CAMERA))));
        assertThat(earlier.days()).containsExactly("Monday 5 March 1990: call 07:00 (was 08:30).");
        assertThat(earlier.people()).isEmpty();
    }

    @Test
    void twoVersionsAlikeHaveNothingToSay() {
        List<Day> same = List.of(day(1, 5, "Mexico City", "08:30", List.of(CAMERA), VLADY));
        assertThat(compare(same, same).none()).isTrue();
    }
}
