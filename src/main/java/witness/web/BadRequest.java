package witness.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A 400 that names the field at fault. */
public class BadRequest extends BadRequestException {

    public BadRequest(String field, String message) {
        super(field + ": " + message, Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(field + ": " + message + "\n").build());
    }
}
