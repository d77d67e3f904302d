package witness.location;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.web.FieldErrors;
import witness.web.Form;
import witness.web.Forms;

/** The forms of the location pages, each filled with what is stored or, if just refused, what was entered. */
public record LocationForms(Forms forms) {
    static final String NEW = "new-location";
    static final String EDIT = "edit-location";
    static final String PHOTO = "new-photo";
    static final List<String> FIELDS = List.of("key", "name", "address", "city", "country", "latitude", "longitude",
            "periods", "access", "permit", "contact", "recce", "notes");
    static final List<String> PHOTO_FIELDS = List.of("photo", "caption");

    public static LocationForms none() {
        return new LocationForms(Forms.none());
    }

    public static LocationForms refused(String formId, Map<String, String> submitted, Map<String, String> errors) {
        return new LocationForms(Forms.refused(formId, submitted, errors));
    }

    public Form create() {
        return forms.form(NEW, Map.of("permit", PermitStatus.NOT_NEEDED.code(), "recce", RecceStatus.NOT_DONE.code()),
                FIELDS);
    }

    public Form location(Location location) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("key", location.key);
        stored.put("name", location.name);
        stored.put("address", location.address);
        stored.put("city", location.city);
        stored.put("country", location.country);
        stored.put("latitude", location.latitude);
        stored.put("longitude", location.longitude);
        stored.put("periods", String.join("\n", location.periods));
        stored.put("access", location.access);
        stored.put("permit", location.permit.code());
        stored.put("contact", location.contact);
        stored.put("recce", location.recce.code());
        stored.put("notes", location.notes);
        stored.put("version", location.version);
        return forms.form(EDIT, stored, FIELDS);
    }

    public Form photo() {
        return forms.form(PHOTO, Map.of(), PHOTO_FIELDS);
    }

    public List<PermitStatus> permits() {
        return List.of(PermitStatus.values());
    }

    public List<RecceStatus> recces() {
        return List.of(RecceStatus.values());
    }

    /** A posted location form as input; the version and the coordinates checked on the way. */
    static LocationInput input(Map<String, String> values, FieldErrors errors) {
        Long version = Forms.version(values, errors);
        Double latitude = degrees(values, "latitude", errors);
        Double longitude = degrees(values, "longitude", errors);
        String periods = values.get("periods");
        return new LocationInput(values.get("key"), values.get("name"), values.get("address"), values.get("city"),
                values.get("country"), latitude, longitude,
                periods == null ? null : Arrays.asList(periods.split("\\R")), values.get("access"),
                values.get("permit"), values.get("contact"), values.get("recce"), values.get("notes"), version);
    }

    private static Double degrees(Map<String, String> values, String field, FieldErrors errors) {
        String text = values.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace('−', '-'));
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, "must be a number of degrees, like 19.4326, not '" + text + "'");
            return null;
        }
    }
}
