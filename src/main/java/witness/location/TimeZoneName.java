package witness.location;

import com.ibm.icu.util.TimeZone;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import witness.web.Readable;

/**
 * A location's time zone, a region of the tz database ("America/Mexico_City"): as a form writes it, and as it is
 * made from the city and the country when none is written — the zone named after the city, else the country's
 * only zone (ICU knows the zones of a country). A country of several zones and a city that names none leave it to
 * the producer.
 */
public final class TimeZoneName implements Readable.Reading {
    private static final Set<String> REGIONS = ZoneId.getAvailableZoneIds();

    @Override
    public String problem(String text) {
        return REGIONS.contains(text.strip()) ? null
                : "must be a time zone of the tz database, like America/Mexico_City or Europe/Paris, not '" + text + "'";
    }

    /** The zone of a place: named after its city, or its country's only one; empty when neither tells. */
    public static Optional<String> of(String city, String country) {
        List<String> national = country == null ? List.of() : zonesOf(country);
        if (city != null) {
            String wanted = plain(city);
            Optional<String> named = REGIONS.stream().filter(z -> z.contains("/") && plain(cityOf(z)).equals(wanted))
                    .min(Comparator.comparing((String z) -> !national.contains(z)).thenComparing(z -> z));
            if (named.isPresent()) {
                return named;
            }
        }
        return national.size() == 1 ? Optional.of(national.get(0)) : Optional.empty();
    }

    /** The zones of a country named in English ("Mexico", "france"); none for a name no ISO country has. */
    static List<String> zonesOf(String country) {
        String wanted = plain(country);
        for (String code : Locale.getISOCountries()) {
            if (plain(new Locale("", code).getDisplayCountry(Locale.ENGLISH)).equals(wanted)) {
                return TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, code, null).stream()
                        .filter(REGIONS::contains).sorted().toList();
            }
        }
        return List.of();
    }

    private static String cityOf(String zone) {
        return zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' ');
    }

    private static String plain(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
