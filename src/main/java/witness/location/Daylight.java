package witness.location;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * The sun at a location on a date, in the location's time zone (commons-suncalc): sunrise and sunset, and the golden
 * hours — after sunrise until the sun stands 6° above the horizon, and from when it sinks to 6° until sunset. A time
 * the sun does not reach that day (a polar day or night, a winter's day at 70° north with the sun never at 6°) is
 * null; {@link #alwaysUp} and {@link #alwaysDown} say why there is no sunrise or sunset.
 */
public record Daylight(ZonedDateTime sunrise, ZonedDateTime morningGoldenEnd, ZonedDateTime eveningGoldenStart,
        ZonedDateTime sunset, boolean alwaysUp, boolean alwaysDown) {
    /** The sun's height that ends the morning's golden hour and starts the evening's. */
    static final double GOLDEN_HOUR_DEGREES = 6;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** The daylight of the location on the date; empty when it has no coordinates or no time zone. */
    public static Optional<Daylight> of(Location location, LocalDate date) {
        if (location == null || location.latitude == null || location.longitude == null || location.timeZone == null
                || date == null) {
            return Optional.empty();
        }
        ZoneId zone = ZoneId.of(location.timeZone);
        SunTimes sun = from(location, date.atStartOfDay(zone)).execute();
        SunTimes golden = from(location, date.atStartOfDay(zone)).twilight(GOLDEN_HOUR_DEGREES).execute();
        return Optional.of(new Daylight(sun.getRise(), golden.getRise(),
                setAfter(location, golden.getRise(), golden, GOLDEN_HOUR_DEGREES), setAfter(location, sun.getRise(), sun,
                        0), sun.isAlwaysUp(), sun.isAlwaysDown()));
    }

    /**
     * The set that follows the rise, searched from the rise: far north in summer the sun sets after midnight, and the
     * day's own search from midnight would find the night before's set.
     */
    private static ZonedDateTime setAfter(Location location, ZonedDateTime rise, SunTimes day, double degrees) {
        if (rise == null) {
            return day.getSet();
        }
        SunTimes.Parameters search = from(location, rise);
        return (degrees == 0 ? search : search.twilight(degrees)).execute().getSet();
    }

    /** "06:42", or "none" when the sun does not rise that day (a polar night, or it never sets). */
    public String rise() {
        return hhmm(sunrise);
    }

    public String set() {
        return hhmm(sunset);
    }

    /** The morning's golden hour, "06:42–07:15"; the whole day where the sun never climbs to 6°. */
    public String morningGolden() {
        return hhmm(sunrise) + "–" + (morningGoldenEnd == null ? hhmm(sunset) : hhmm(morningGoldenEnd));
    }

    /** The evening's golden hour, "18:01–18:33". */
    public String eveningGolden() {
        return (eveningGoldenStart == null ? hhmm(sunrise) : hhmm(eveningGoldenStart)) + "–" + hhmm(sunset);
    }

    /** Both golden hours, or "all day" where the sun never climbs to 6° (far north in winter). */
    public String golden() {
        return morningGoldenEnd == null && eveningGoldenStart == null ? "all day: the sun stays below 6°"
                : morningGolden() + " and " + eveningGolden();
    }

    /** What the sheet says instead of times: "The sun does not set that day." or "…does not rise…"; else empty. */
    public String polar() {
        return alwaysUp ? "The sun does not set that day." : alwaysDown ? "The sun does not rise that day." : "";
    }

    private static String hhmm(ZonedDateTime time) {
        return time == null ? "none" : HH_MM.format(time);
    }

    /** The times of the 24 hours from the moment, at the place, in the moment's zone. */
    private static SunTimes.Parameters from(Location location, ZonedDateTime start) {
        return SunTimes.compute().timezone(start.getZone()).on(start).at(location.latitude, location.longitude)
                .oneDay();
    }
}
