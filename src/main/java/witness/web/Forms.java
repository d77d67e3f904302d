package witness.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms of a page: the one just refused shows what was entered with its messages, every other
 * form what is stored.
 */
public final class Forms {
    private static final Forms NONE = new Forms(null, Map.of(), Map.of());
    private final String refusedId;
    private final Map<String, String> submitted;
    private final Map<String, String> errors;

    private Forms(String refusedId, Map<String, String> submitted, Map<String, String> errors) {
        this.refusedId = refusedId;
        this.submitted = submitted;
        this.errors = errors;
    }

    public static Forms none() {
        return NONE;
    }

    public static Forms refused(String formId, Map<String, String> submitted, Map<String, String> errors) {
        return new Forms(formId, submitted, errors);
    }

    /** The forms of a page where the form with this id was just refused: it shows the input sent. */
    public static Forms refused(String formId, Object input, Map<String, String> errors) {
        if (input instanceof Map) {
            throw new IllegalArgumentException("an input, not the values of a form");
        }
        return refused(formId, Inputs.values(input), errors);
    }

    /** The form with this id, filled with an input made from what is stored unless it was just refused. */
    public Form filled(String id, Object stored, List<String> shown) {
        return form(id, Inputs.values(stored), shown);
    }

    /** As {@link #filled(String, Object, List)}, with the version of the item read, which its edit form sends back. */
    public Form filled(String id, Object stored, long version, List<String> shown) {
        Map<String, String> values = Inputs.values(stored);
        values.put("version", Long.toString(version));
        return form(id, values, shown);
    }

    /** The form with this id; stored values may be null (shown empty). */
    public Form form(String id, Map<String, ?> stored, List<String> shown) {
        if (id.equals(refusedId)) {
            return new Form(id, submitted, errors, shown);
        }
        Map<String, String> values = new HashMap<>();
        stored.forEach((k, v) -> values.put(k, v == null ? "" : v.toString()));
        return new Form(id, values, Map.of(), shown);
    }

    /** A whole number from a form field, null when empty; a message naming the field otherwise. */
    public static Integer integer(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number, not '" + text + "'");
            return null;
        }
    }


}
