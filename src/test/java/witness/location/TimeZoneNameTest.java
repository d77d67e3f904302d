package witness.location;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A location's time zone, from its city or its country, and as a form writes it. */
class TimeZoneNameTest {

    @Test
    void aCityThatNamesAZoneGivesIt() {
        assertThat(TimeZoneName.of("Mexico City", "Mexico")).contains("America/Mexico_City");
        assertThat(TimeZoneName.of("mexico city", null)).contains("America/Mexico_City");
        assertThat(TimeZoneName.of("Moscow", "USSR")).contains("Europe/Moscow");
    }

    @Test
    void aCountryOfOneZoneGivesIt() {
        assertThat(TimeZoneName.of("Marseille", "France")).contains("Europe/Paris");
        assertThat(TimeZoneName.of(null, "Belgium")).contains("Europe/Brussels");
    }

    @Test
    void aPlaceThatTellsNoOneZoneGivesNone() {
        assertThat(TimeZoneName.of("Orenburg", "USSR")).isEmpty();
        assertThat(TimeZoneName.of("Angahuan", "Mexico")).isEmpty();
        assertThat(TimeZoneName.of(null, null)).isEmpty();
    }

    @Test
    void aFormMayWriteOnlyARegionOfTheTzDatabase() {
        TimeZoneName reading = new TimeZoneName();
        assertThat(reading.problem("Asia/Yekaterinburg")).isNull();
        assertThat(reading.problem("UTC+5")).contains("must be a time zone of the tz database");
        assertThat(reading.problem("Europe/Atlantis")).contains("not 'Europe/Atlantis'");
    }
}
