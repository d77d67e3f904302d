package witness.location;

import static witness.web.Texts.blankToNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Null;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.core.FiledKey;
import witness.web.Code;
import witness.web.Inputs;
import witness.web.Labelled;
import witness.web.Readable;
import witness.web.VersionRead;

/**
 * A location as a writer sends it: bound from the location form, read from the API's JSON and from the dossier's
 * locations.yaml, and answered by the API. Statuses by their codes.
 */
@Schema(name = "Location", description = "A location: as the API answers it, and as it is sent to create or change it")
@JsonPropertyOrder({ "key", "name", "address", "city", "country", "latitude", "longitude", "timeZone", "periods",
        "access", "parking", "hospital",
        "permit", "contact", "recce", "notes", "version" })
public class LocationInput {
    @RestForm
    @FiledKey(groups = Filed.class)
    @Schema(description = "Unique in the film; made from the name when absent on create", example = "mexico-city")
    public String key;
    @RestForm @Schema(example = "Mexico City") public String name;
    @RestForm @Schema(description = "Street address, as the call sheet prints it") public String address;
    @RestForm public String city;
    @RestForm public String country;
    /** Degrees as the form sends them; JSON and YAML send numbers. */
    @RestForm @JsonIgnore @Degrees(90) public String latitude;
    @RestForm @JsonIgnore @Degrees(180) public String longitude;
    @RestForm
    @Readable(TimeZoneName.class)
    @Schema(description = "A region of the tz database; made from the city and country when empty", example = "America/Mexico_City")
    public String timeZone;
    @RestForm @Schema(description = "The periods of the subject's life it stands for") public List<String> periods;
    @RestForm public String access;
    @RestForm @Schema(description = "Where the crew's vehicles park, as the call sheet prints it") public String parking;
    @RestForm
    @Schema(description = "The nearest hospital: name, address and phone, as the call sheet prints it")
    public String hospital;
    @RestForm
    @Code(PermitStatus.class)
    @Schema(description = "not-needed, needed, applied, granted, refused; empty keeps it (new: not-needed)")
    public String permit;
    @RestForm public String contact;
    @RestForm
    @Code(RecceStatus.class)
    @Schema(description = "not-done, planned, done; empty keeps it (new: not-done)") public String recce;
    @RestForm public String notes;
    @RestForm
    @Null(groups = Filed.class, message = "is not part of a dossier")
    @Schema(description = "The version read; required on update", implementation = Long.class)
    public VersionRead version;

    /** The location as stored, without its version. */
    public static LocationInput of(Location location) {
        LocationInput input = new LocationInput();
        input.key = location.key;
        input.name = location.name;
        input.address = location.address;
        input.city = location.city;
        input.country = location.country;
        input.latitude(location.latitude);
        input.longitude(location.longitude);
        input.timeZone = location.timeZone;
        input.periods = List.copyOf(location.periods);
        input.access = location.access;
        input.parking = location.parking;
        input.hospital = location.hospital;
        input.permit = location.permit.code();
        input.contact = location.contact;
        input.recce = location.recce.code();
        input.notes = location.notes;
        return input;
    }

    /** The location as the API answers it, with its version. */
    static LocationInput answer(Location location) {
        LocationInput answer = of(location);
        answer.version = VersionRead.of(location.version);
        return answer;
    }

    /** Copies the location's own fields (not its key) onto a location: an empty status or no periods keep theirs. */
    public void applyTo(Location location) {
        location.name = blankToNull(name);
        location.address = blankToNull(address);
        location.city = blankToNull(city);
        location.country = blankToNull(country);
        location.latitude = latitude();
        location.longitude = longitude();
        location.timeZone = blankToNull(timeZone) != null ? timeZone.strip()
                : TimeZoneName.of(location.city, location.country).orElse(null);
        if (periods != null) {
            location.periods = Inputs.lines(periods);
        }
        location.access = blankToNull(access);
        location.parking = blankToNull(parking);
        location.hospital = blankToNull(hospital);
        PermitStatus permitted = Labelled.of(PermitStatus.class, permit);
        location.permit = permitted != null ? permitted : location.permit;
        location.contact = blankToNull(contact);
        RecceStatus visited = Labelled.of(RecceStatus.class, recce);
        location.recce = visited != null ? visited : location.recce;
        location.notes = blankToNull(notes);
    }

    @JsonProperty("latitude")
    @Schema(description = "Degrees north, -90 to 90; give both coordinates or neither", example = "19.4326")
    public Double latitude() {
        return degrees(latitude);
    }

    @JsonProperty("latitude")
    void latitude(Double degrees) {
        latitude = degrees == null ? null : degrees.toString();
    }

    @JsonProperty("longitude")
    @Schema(description = "Degrees east, -180 to 180", example = "-99.1332")
    public Double longitude() {
        return degrees(longitude);
    }

    @JsonProperty("longitude")
    void longitude(Double degrees) {
        longitude = degrees == null ? null : degrees.toString();
    }

    /** Degrees written with a minus sign or a hyphen; null for nothing or what is not a number. */
    static Double degrees(String text) {
        try {
            return readDegrees(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Degrees written with a minus sign or a hyphen, null for nothing; NumberFormatException otherwise. */
    static Double readDegrees(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        double value = Double.parseDouble(text.strip().replace('−', '-'));
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new NumberFormatException(text);
        }
        return value;
    }
}
