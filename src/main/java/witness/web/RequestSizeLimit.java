package witness.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body larger than quarkus.http.limits.max-body-size is refused before it is read, as Quarkus would,
 * but with a 413 that says so (Quarkus' own answer is empty): JSON under /api, text elsewhere. Browsers always
 * announce the length of what they send; a script sending a chunked body of unannounced length that turns out
 * too large still gets Quarkus' bare 413.
 */
@ApplicationScoped
public class RequestSizeLimit {
    /** Before Quarkus' own check of the length (route order -2). */
    static final int PRIORITY = 900;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext routing) {
        String length = routing.request().getHeader("Content-Length");
        long limit = maxBodySize.asLongValue();
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            refuse(routing, "Refused, nothing was changed: the request is " + megabytes(Long.parseLong(length))
                    + ", more than the " + megabytes(limit) + " Witness accepts at once.");
            return;
        }
        routing.next();
    }

    private static void refuse(RoutingContext routing, String message) {
        boolean api = routing.normalizedPath().startsWith("/api/");
        routing.response().setStatusCode(413).putHeader("Connection", "close")
                .putHeader("Content-Type", api ? "application/json" : "text/plain; charset=UTF-8")
                .endHandler(ignored -> routing.request().connection().close())
                .end(api ? new JsonObject().put("message", message).put("errors", new JsonObject()).encode()
                        : message + "\n");
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
