package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import witness.schedule.DaySuggestion.Day;
import witness.schedule.DaySuggestion.Item;

class DaySuggestionTest {
    private static final LocalDate START = LocalDate.of(1990, 3, 5);

    @Test
    void shotsAreGroupedByLocationOneLocationPerDayOnConsecutiveDays() {
        List<Day<String>> days = new DaySuggestion<String>(600).suggest(List.of(
                item("a1", "mexico-city", 30), item("b1", "paricutin", 30), item("a2", "mexico-city", 30),
                item("b2", "paricutin", 30)), START);

        assertThat(days).extracting(Day::location).containsExactly("mexico-city", "paricutin");
        assertThat(days).extracting(Day::items).containsExactly(List.of("a1", "a2"), List.of("b1", "b2"));
        assertThat(days).extracting(Day::date).containsExactly(START, START.plusDays(1));
        assertThat(days).extracting(Day::minutes).containsExactly(60, 60);
    }

    @Test
    void theLimitSplitsALocationOverSeveralDays() {
        List<Day<String>> days = new DaySuggestion<String>(90).suggest(List.of(
                item("a1", "orenburg", 30), item("a2", "orenburg", 30), item("a3", "orenburg", 30),
                item("a4", "orenburg", 30), item("a5", "orenburg", 40)), START);

        assertThat(days).extracting(Day::items).containsExactly(List.of("a1", "a2", "a3"), List.of("a4", "a5"));
        assertThat(days).extracting(Day::location).containsOnly("orenburg");
        assertThat(days).allSatisfy(d -> assertThat(d.minutes()).isLessThanOrEqualTo(90));
        assertThat(days).extracting(Day::date).containsExactly(START, START.plusDays(1));
    }

    @Test
    void aShotLongerThanTheLimitIsAloneOnItsDay() {
        List<Day<String>> days = new DaySuggestion<String>(60).suggest(List.of(
                item("short", "orenburg", 30), item("long", "orenburg", 200), item("after", "orenburg", 30)), START);

        assertThat(days).extracting(Day::items)
                .containsExactly(List.of("short"), List.of("long"), List.of("after"));
        assertThat(days.get(1).minutes()).isEqualTo(200);
    }

    @Test
    void shotsWithoutALocationAreGroupedTogetherAfterTheOthers() {
        List<Day<String>> days = new DaySuggestion<String>(600).suggest(List.of(
                item("x1", null, 30), item("a1", "moscow", 30), item("x2", null, 30)), START);

        assertThat(days).extracting(Day::location).containsExactly("moscow", null);
        assertThat(days.get(1).items()).containsExactly("x1", "x2");
    }

    @Test
    void nothingToPlanSuggestsNoDays() {
        assertThat(new DaySuggestion<String>(600).suggest(List.of(), START)).isEmpty();
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> new DaySuggestion<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Item<String> item(String key, String location, int minutes) {
        return new Item<>(key, location, minutes);
    }
}
