package witness.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A call sheet's sun: sunrise, sunset and golden hours in the place's own time, and the days the sun stays up or down. */
class DaylightTest {
    private static Location at(double latitude, double longitude, String zone) {
        Location location = new Location();
        location.latitude = latitude;
        location.longitude = longitude;
        location.timeZone = zone;
        return location;
    }

    @Test
    void londonOnMidsummersDayRisesBeforeFiveAndSetsAfterNineInSummerTime() {
        Daylight day = Daylight.of(at(51.5074, -0.1278, "Europe/London"), LocalDate.of(2024, 6, 21)).orElseThrow();
        // Published (HM Nautical Almanac Office, timeanddate.com): 04:43 and 21:21 BST.
        assertThat(Duration.between(LocalTime.of(4, 43), day.sunrise().toLocalTime()).abs()).isLessThan(Duration.ofMinutes(2));
        assertThat(Duration.between(LocalTime.of(21, 21), day.sunset().toLocalTime()).abs()).isLessThan(Duration.ofMinutes(2));
        assertThat(day.sunrise().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(day.sunrise()).isBefore(day.morningGoldenEnd());
        assertThat(day.morningGoldenEnd()).isBefore(day.eveningGoldenStart());
        assertThat(day.eveningGoldenStart()).isBefore(day.sunset());
        assertThat(Duration.between(day.sunrise(), day.morningGoldenEnd())).isBetween(Duration.ofMinutes(30),
                Duration.ofMinutes(90));
        assertThat(day.rise()).matches("04:4\\d");
        assertThat(day.morningGolden()).startsWith(day.rise() + "–");
        assertThat(day.polar()).isEmpty();
    }

    @Test
    void tromsoHasTheMidnightSunInJuneAndThePolarNightInDecember() {
        Location tromso = at(69.6492, 18.9553, "Europe/Oslo");
        Daylight june = Daylight.of(tromso, LocalDate.of(2024, 6, 21)).orElseThrow();
        assertThat(june.alwaysUp()).isTrue();
        assertThat(june.polar()).isEqualTo("The sun does not set that day.");
        Daylight december = Daylight.of(tromso, LocalDate.of(2024, 12, 21)).orElseThrow();
        assertThat(december.alwaysDown()).isTrue();
        assertThat(december.sunrise()).isNull();
        assertThat(december.polar()).isEqualTo("The sun does not rise that day.");
    }

    @Test
    void farNorthInSummerTheSunSetsAfterMidnightAndTheSheetSaysTheSetThatFollowsTheRise() {
        // Reykjavík, 21 June: sunrise about 02:55, sunset about 00:03 the next night (UTC, no summer time)
        Daylight day = Daylight.of(at(64.1466, -21.9426, "Atlantic/Reykjavik"), LocalDate.of(2024, 6, 21)).orElseThrow();
        assertThat(day.sunset()).isAfter(day.sunrise());
        assertThat(day.sunset().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 22));
        assertThat(day.eveningGoldenStart()).isAfter(day.morningGoldenEnd());
    }

    @Test
    void whereTheSunNeverClimbsToSixDegreesTheGoldenHourIsAllDay() {
        // Tromsø in late November: the sun rises a few degrees at most
        Daylight day = Daylight.of(at(69.6492, 18.9553, "Europe/Oslo"), LocalDate.of(2024, 11, 20)).orElseThrow();
        assertThat(day.sunrise()).isNotNull();
        assertThat(day.golden()).isEqualTo("all day: the sun stays below 6°");
    }

    @Test
    void aPlaceWithoutCoordinatesOrTimeZoneHasNoDaylight() {
        assertThat(Daylight.of(new Location(), LocalDate.of(1990, 3, 5))).isEmpty();
        Location noZone = at(19.4326, -99.1332, null);
        assertThat(Daylight.of(noZone, LocalDate.of(1990, 3, 5))).isEmpty();
    }
}
