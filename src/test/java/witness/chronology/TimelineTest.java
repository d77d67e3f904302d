package witness.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's geometry: the scale, the markers by precision, the sequence bands. */
class TimelineTest {
    private static final Timeline.Event BIRTH = event("birth", "1890-12-30");
    private static final Timeline.Event ARREST = event("arrest", "1933-03");
    private static final Timeline.Event ORENBURG = event("orenburg", "1934");
    private static final Timeline.Event DEATH = event("death", "1947-11-17");

    @Test
    void theAxisRunsFromTheFirstYearOfTheEarliestEventToTheEndOfTheYearOfTheLatest() {
        Timeline timeline = Timeline.of(List.of(DEATH, BIRTH, ARREST), List.of());

        assertThat(timeline.from()).isEqualTo(LocalDate.of(1890, 1, 1));
        assertThat(timeline.to()).isEqualTo(LocalDate.of(1948, 1, 1));
        assertThat(timeline.x(timeline.from())).isEqualTo(Timeline.LEFT);
        assertThat(timeline.x(timeline.to())).isEqualTo(Timeline.WIDTH - Timeline.RIGHT);
        double year = timeline.x(LocalDate.of(1891, 1, 1)) - timeline.x(LocalDate.of(1890, 1, 1));
        assertThat(year).isCloseTo((Timeline.WIDTH - Timeline.LEFT - Timeline.RIGHT) / 58, within(0.1));
    }

    @Test
    void yearTicksAreLabelledAtARoundStepThatKeepsThemReadable() {
        Timeline lifelong = Timeline.of(List.of(BIRTH, DEATH), List.of());
        assertThat(lifelong.ticks()).extracting(Timeline.Tick::year)
                .containsExactly(1890, 1895, 1900, 1905, 1910, 1915, 1920, 1925, 1930, 1935, 1940, 1945);
        assertThat(lifelong.ticks().get(0).x()).isEqualTo(Timeline.LEFT);

        Timeline twoYears = Timeline.of(List.of(ARREST, ORENBURG), List.of());
        assertThat(twoYears.ticks()).extracting(Timeline.Tick::year).containsExactly(1933, 1934, 1935);
    }

    @Test
    void aDayIsADotAndAMonthOrAYearABarSpanningIt() {
        Timeline timeline = Timeline.of(List.of(BIRTH, ARREST, ORENBURG, DEATH), List.of());
        Timeline.Marker birth = marker(timeline, "birth"), arrest = marker(timeline, "arrest"),
                orenburg = marker(timeline, "orenburg"), death = marker(timeline, "death");

        assertThat(birth.dot()).isTrue();
        assertThat(death.dot()).isTrue();
        assertThat(arrest.dot()).isFalse();
        assertThat(orenburg.dot()).isFalse();
        assertThat(arrest.width()).as("too short to see at this scale: drawn at the least width")
                .isEqualTo(Timeline.MIN_BAR);
        assertThat(death.cx()).isCloseTo(timeline.x(LocalDate.of(1947, 11, 17)), within(0.1));
        assertThat(death.title()).isEqualTo("label of death");

        Timeline close = Timeline.of(List.of(ARREST, ORENBURG), List.of());
        Timeline.Marker month = marker(close, "arrest"), year = marker(close, "orenburg");
        assertThat(month.x()).isCloseTo(close.x(LocalDate.of(1933, 3, 1)), within(1e-9));
        assertThat(month.width()).isCloseTo(close.x(LocalDate.of(1933, 4, 1)) - month.x(), within(1e-9));
        assertThat(year.x()).isCloseTo(close.x(LocalDate.of(1934, 1, 1)), within(1e-9));
        assertThat(year.width() / month.width()).isCloseTo(365.0 / 31, within(0.01));
    }

    @Test
    void markersThatWouldOverlapGoOnSeparateLanes() {
        Timeline timeline = Timeline.of(List.of(event("a", "1933-03-08"), event("b", "1933-03-09"),
                event("c", "1933"), BIRTH), List.of());

        assertThat(List.of(marker(timeline, "a").y(), marker(timeline, "b").y(), marker(timeline, "c").y()))
                .doesNotHaveDuplicates();
        assertThat(marker(timeline, "birth").y()).isEqualTo(marker(timeline, "c").y());
        assertThat(timeline.axisY()).isGreaterThan(marker(timeline, "a").y()).isGreaterThan(marker(timeline, "b").y());
    }

    @Test
    void aSequenceBandSpansThePeriodOfTheEventsItsScenesCoverAndSequencesWithoutEventsHaveNone() {
        Timeline timeline = Timeline.of(List.of(BIRTH, ARREST, ORENBURG, DEATH), List.of(
                new Timeline.Span("orenburg", "2 Orenburg", List.of(ORENBURG, ARREST)),
                new Timeline.Span("prologue", "1 Prologue", List.of(DEATH)),
                new Timeline.Span("epilogue", "4 Epilogue", List.of())));

        assertThat(timeline.bands()).extracting(Timeline.Band::key).containsExactly("orenburg", "prologue");
        Timeline.Band orenburg = timeline.bands().get(0);
        assertThat(orenburg.x()).isCloseTo(timeline.x(LocalDate.of(1933, 3, 1)), within(1e-9));
        assertThat(orenburg.x() + orenburg.width()).isCloseTo(timeline.x(LocalDate.of(1935, 1, 1)), within(1e-9));
        assertThat(orenburg.label()).isEqualTo("2 Orenburg");
        Timeline.Band prologue = timeline.bands().get(1);
        assertThat(prologue.x()).isCloseTo(timeline.x(LocalDate.of(1947, 11, 17)), within(1e-9));
        assertThat(prologue.width()).isGreaterThanOrEqualTo(2);
        assertThat(orenburg.y() + orenburg.height()).isEqualTo(timeline.axisY());
        assertThat(timeline.bands()).allSatisfy(b -> assertThat(b.y()).isLessThan(timeline.bandsBottom()));
        assertThat(timeline.markers()).allSatisfy(m -> assertThat(m.y()).isGreaterThan(timeline.bandsBottom()));
    }

    @Test
    void overlappingBandsAreStackedAndAnEmptyChronologyDrawsNothing() {
        Timeline timeline = Timeline.of(List.of(BIRTH, DEATH), List.of(
                new Timeline.Span("life", "Life", List.of(BIRTH, DEATH)),
                new Timeline.Span("end", "End", List.of(DEATH))));
        assertThat(timeline.bands().get(0).y()).isNotEqualTo(timeline.bands().get(1).y());

        Timeline empty = Timeline.of(List.of(), List.of(new Timeline.Span("x", "X", List.of())));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.markers()).isEmpty();
        assertThat(empty.bands()).isEmpty();
        assertThat(empty.ticks()).isEmpty();
    }

    @Test
    void numbersAreWrittenForSvgWithOneDecimalWhateverTheLocale() {
        assertThat(Timeline.svg(12.345)).isEqualTo("12.3");
        assertThat(Timeline.step(57)).isEqualTo(5);
        assertThat(Timeline.step(3)).isEqualTo(1);
    }

    private static Timeline.Event event(String key, String date) {
        return new Timeline.Event(key, PartialDate.parse(date), "label of " + key);
    }

    private static Timeline.Marker marker(Timeline timeline, String key) {
        return timeline.markers().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }
}
