package witness.location;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a writer sends to create or change a location: statuses by their codes. */
@Schema(name = "LocationInput", description = "A location to create or its new state")
public record LocationInput(
        @Schema(description = "Unique in the film; made from the name when absent on create", example = "mexico-city") String key,
        @Schema(example = "Mexico City") String name,
        @Schema(description = "Street address, as the call sheet prints it") String address,
        String city,
        String country,
        @Schema(description = "Degrees north, -90 to 90; give both coordinates or neither", example = "19.4326") Double latitude,
        @Schema(description = "Degrees east, -180 to 180", example = "-99.1332") Double longitude,
        @Schema(description = "The periods of the subject's life it stands for") List<String> periods,
        String access,
        @Schema(description = "not-needed, needed, applied, granted, refused; empty keeps it (new: not-needed)") String permit,
        String contact,
        @Schema(description = "not-done, planned, done; empty keeps it (new: not-done)") String recce,
        String notes,
        @Schema(description = "The version read; required on update") Long version) {

    public static LocationInput empty() {
        return new LocationInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
