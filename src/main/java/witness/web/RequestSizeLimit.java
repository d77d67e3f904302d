package witness.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body larger than quarkus.http.limits.max-body-size is refused as Quarkus would, but with a 413 that
 * says so (Quarkus' own answer is empty): JSON under /api, text elsewhere. The body is read and dropped first,
 * up to a bound, because a browser still sending its upload would show a broken connection instead of the
 * answer. Browsers always announce the length of what they send; a script sending a chunked body of
 * unannounced length that turns out too large gets Quarkus' bare 413.
 */
@ApplicationScoped
public class RequestSizeLimit {
    /** Before Quarkus' own check of the length (route order -2). */
    static final int PRIORITY = 900;
    /** Beyond this the connection is closed at once rather than read to its end. */
    static final long DRAINED_AT_MOST = 64L * 1024 * 1024;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext routing) {
        String header = routing.request().getHeader("Content-Length");
        long limit = maxBodySize.asLongValue();
        long length = header != null && header.matches("\\d{1,18}") ? Long.parseLong(header) : -1;
        if (length <= limit) {
            routing.next();
            return;
        }
        String message = "Refused, nothing was changed: the request is " + megabytes(length) + ", more than the "
                + megabytes(limit) + " Witness accepts at once.";
        if (length > DRAINED_AT_MOST) {
            refuse(routing, message, true);
            return;
        }
        HttpServerRequest request = routing.request();
        request.handler(dropped -> {
        });
        request.exceptionHandler(ignored -> {
        });
        request.endHandler(ignored -> refuse(routing, message, false));
        request.resume();
    }

    private static void refuse(RoutingContext routing, String message, boolean close) {
        boolean api = routing.normalizedPath().startsWith("/api/");
        HttpServerResponse response = routing.response().setStatusCode(413)
                .putHeader("Content-Type", api ? "application/json" : "text/plain; charset=UTF-8");
        if (close) {
            response.putHeader("Connection", "close").endHandler(ignored -> routing.request().connection().close());
        }
        response.end(api ? new JsonObject().put("message", message).put("errors", new JsonObject()).encode()
                : message + "\n");
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
