package witness.location;

import java.util.List;
import java.util.Map;
import witness.web.Form;
import witness.web.Forms;
import witness.web.Inputs;

/** The forms of the location pages, each filled with what is stored or, if just refused, what was entered. */
public record LocationForms(Forms forms) {
    static final String NEW = "new-location";
    static final String EDIT = "edit-location";
    static final String PHOTO = "new-photo";
    static final List<String> FIELDS = Inputs.fields(LocationInput.class, "version");
    static final List<String> PHOTO_FIELDS = List.of("photo", "caption");

    public static LocationForms none() {
        return new LocationForms(Forms.none());
    }

    public static LocationForms refused(String formId, LocationInput input, Map<String, String> errors) {
        return new LocationForms(Forms.refused(formId, input, errors));
    }

    public static LocationForms refused(String formId, Map<String, String> submitted, Map<String, String> errors) {
        return new LocationForms(Forms.refused(formId, submitted, errors));
    }

    public Form create() {
        return forms.filled(NEW, LocationInput.of(new Location()), FIELDS);
    }

    public Form location(Location location) {
        return forms.filled(EDIT, LocationInput.of(location), location.version, FIELDS);
    }

    public Form photo() {
        return forms.form(PHOTO, Map.of(), PHOTO_FIELDS);
    }

    /** The choices of the form's status selects. */
    public LocationFilter choices() {
        return new LocationFilter();
    }
}
