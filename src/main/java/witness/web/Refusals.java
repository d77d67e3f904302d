package witness.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.Qute;
import jakarta.persistence.LockTimeoutException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * How refused writes are answered: the API gets JSON naming the fields, an htmx request gets an
 * alert in the page's flash region, a plain form post gets the message as text.
 */
public class Refusals {

    @ServerExceptionMapper
    public Response invalid(Invalid e, UriInfo uri, HttpHeaders headers) {
        return answer(422, e.getMessage(), e.errors, uri, headers);
    }

    @ServerExceptionMapper
    public Response conflict(WriteConflict e, UriInfo uri, HttpHeaders headers) {
        return answer(409, e.getMessage(), Map.of(), uri, headers);
    }

    /** Two writers flushed the same version at once: the later one loses, and says so. */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentWrite(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return answer(409, "Someone else saved a change to the same thing at the same moment. Nothing of yours was"
                + " saved: reload it and make your change again.", Map.of(), uri, headers);
    }

    /** A change waited longer than the database's lock timeout for another change to the same film to end. */
    @ServerExceptionMapper({ PessimisticLockException.class, LockTimeoutException.class })
    public Response busy(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Response busy = answer(503, "Witness is busy saving other changes to the same film. Nothing of yours was"
                + " saved: try again in a moment.", Map.of(), uri, headers);
        return Response.fromResponse(busy).header(HttpHeaders.RETRY_AFTER, 2).build();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e) {
        return json(400, "The request body is not valid JSON: " + e.getOriginalMessage(), Map.of());
    }

    /** The JSON reader wraps what Jackson could not read in a bare 400: say what it was. */
    @ServerExceptionMapper
    public Response unreadableBody(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getResponse().getStatus() == 413) {
            // The form reader refuses a field longer than quarkus.http.limits.max-form-attribute-size.
            return answer(413, "Refused, nothing was changed: a field of this form is longer than the "
                    + RequestSizeLimit.megabytes(ConfigProvider.getConfig()
                            .getValue("quarkus.http.limits.max-form-attribute-size", MemorySize.class).asLongValue())
                    + " Witness reads.", Map.of(), uri, headers);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return unreadableJson(parse);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mistypedJson(mapping);
        }
        return e.getResponse();
    }

    @ServerExceptionMapper({ JsonMappingException.class, MismatchedInputException.class })
    public Response mistypedJson(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(p -> p.getFieldName() != null ? p.getFieldName() : "[" + p.getIndex() + "]")
                .collect(Collectors.joining("."));
        String message = field.isEmpty() ? "the request body cannot be read" : "has a value of the wrong type";
        return json(400, (field.isEmpty() ? "" : field + ": ") + message + ".",
                field.isEmpty() ? Map.of() : Map.of(field, message));
    }

    private static Response answer(int status, String message, Map<String, String> errors, UriInfo uri,
            HttpHeaders headers) {
        if (uri.getPath().startsWith("/api/")) {
            return json(status, message, errors);
        }
        if (headers.getHeaderString("HX-Request") != null) {
            String alert = Qute.fmt("<p class=\"alert\" role=\"alert\">{message}</p>").contentType("text/html")
                    .data("message", message).render();
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(alert)
                    .header("HX-Retarget", "#flash").header("HX-Reswap", "innerHTML").build();
        }
        String text = message + errors.entrySet().stream().map(f -> "\n" + f.getKey() + ": " + f.getValue())
                .collect(Collectors.joining()) + "\n";
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(text).build();
    }

    private static Response json(int status, String message, Map<String, String> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", message, "errors", errors)).build();
    }
}
