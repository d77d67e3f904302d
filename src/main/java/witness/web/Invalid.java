package witness.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A write refused because of what was entered: every field at fault with its message. Pages show
 * each message next to its field; the API answers 422 with the same map.
 */
public class Invalid extends RuntimeException {
    public final Map<String, String> errors;

    public Invalid(Map<String, String> errors) {
        super("Please correct " + String.join(", ", errors.keySet()) + ".");
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Invalid(String field, String message) {
        this(Map.of(field, message));
    }
}
