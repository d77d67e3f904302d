package witness.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The version of an item a writer read, sent back with a change so that a stale one is refused (409). A form sends
 * it as text, the API as a number; text that is not a number is refused naming the field (422).
 */
public record VersionRead(long value) {

    @JsonCreator
    public static VersionRead of(long value) {
        return new VersionRead(value);
    }

    /** How Quarkus REST reads it from a form field: nothing for an empty field. */
    public static VersionRead fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new VersionRead(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            // 422 like every other field a form gets wrong; the form it came from is not drawn again for this one.
            String message = "version: must be the number of the version you read, not '" + text + "'";
            throw new WebApplicationException(message, Response.status(422)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message + "\n").build());
        }
    }

    /** The number, or null when none was sent. */
    public static Long of(VersionRead version) {
        return version == null ? null : version.value;
    }

    @JsonValue
    @Override
    public long value() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
