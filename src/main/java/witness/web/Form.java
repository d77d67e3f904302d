package witness.web;

import java.util.List;
import java.util.Map;

/**
 * One form as a page shows it: the values to fill in and, when it was just refused, each field's
 * message. Controls name their message with {@link #idOf(String)} + "-error" (aria-describedby).
 *
 * @param id     unique in the page, e.g. edit-sequence-orenburg
 * @param shown  the fields the form has a control for; messages of other fields are shown above it
 */
public record Form(String id, Map<String, String> values, Map<String, String> errors, List<String> shown) {

    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        String message = errors.get(field);
        return message == null ? "" : message;
    }

    /** The id of a field's control, e.g. edit-sequence-orenburg-title. */
    public String idOf(String field) {
        return id + "-" + field;
    }

    public boolean refused() {
        return !errors.isEmpty();
    }

    /** "version: is required…" for the messages no control of the form shows. */
    public List<String> others() {
        return errors.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
    }
}
