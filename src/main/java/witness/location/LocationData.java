package witness.location;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A location as the API answers it: statuses by their codes. */
@Schema(name = "Location")
public record LocationData(
        String key,
        String name,
        String address,
        String city,
        String country,
        Double latitude,
        Double longitude,
        @Schema(description = "The periods of the subject's life it stands for") List<String> periods,
        String access,
        @Schema(description = "not-needed, needed, applied, granted, refused") String permit,
        String contact,
        @Schema(description = "not-done, planned, done") String recce,
        String notes,
        long version) {

    public static LocationData of(Location l) {
        return new LocationData(l.key, l.name, l.address, l.city, l.country, l.latitude, l.longitude,
                List.copyOf(l.periods), l.access, l.permit.code(), l.contact, l.recce.code(), l.notes, l.version);
    }
}
