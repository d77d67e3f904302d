package witness.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body larger than witness.max-request-body-size is refused with a 413 that says so (Quarkus' own answer
 * is empty): JSON under /api, text elsewhere. A backup restore or a proxy (the {@link LargeUploads}) may be larger, up
 * to quarkus.http.limits.max-body-size (raised for it, as Quarkus has one limit for every route). The body is
 * read and dropped first, up to a bound, because a browser still sending its upload would show a broken connection
 * instead of the answer. Browsers always announce the length of what they send; a chunked body of unannounced
 * length is cut at the limit by Quarkus, whose bare 413 the sender then gets.
 */
@ApplicationScoped
public class RequestSizeLimit {
    /** Before Quarkus' own check of the length (route order -2). */
    static final int PRIORITY = 900;
    /** Beyond this the connection is closed at once rather than read to its end. */
    static final long DRAINED_AT_MOST = 64L * 1024 * 1024;
    /** Where this request's limit is kept for {@link BodyLimit}, which counts a body of unannounced length. */
    static final String LIMIT = "witness.body-limit";

    /** The routes that may carry a body up to quarkus.http.limits.max-body-size (a backup's restore, a proxy). */
    @Inject Instance<LargeUploads> largeUploads;

    @ConfigProperty(name = "witness.max-request-body-size") MemorySize maxBodySize;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxRestoreSize;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext routing) {
        String header = routing.request().getHeader("Content-Length");
        long limit = limitOf(routing);
        long length = header != null && header.matches("\\d{1,18}") ? Long.parseLong(header) : -1;
        routing.put(LIMIT, limit);
        if (length < 0) {
            routing.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit);
        }
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
        // A client waiting for the go-ahead (Expect: 100-continue) has sent nothing more: answer at once, without a
        // body, as Java's HttpClient (17) waits forever for the end of a refusal that has one.
        if ("100-continue".equalsIgnoreCase(routing.request().getHeader("Expect"))) {
            closing(routing).setStatusCode(413).end();
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

    private long limitOf(RoutingContext routing) {
        String method = routing.request().method().name(), path = routing.normalizedPath();
        long large = largeUploads.stream().mapToLong(uploads -> uploads.limit(method, path)).max().orElse(0);
        return large > 0 ? Math.min(large, maxRestoreSize.asLongValue()) : maxBodySize.asLongValue();
    }

    private static void refuse(RoutingContext routing, String message, boolean close) {
        boolean api = routing.normalizedPath().startsWith("/api/");
        HttpServerResponse response = (close ? closing(routing) : routing.response()).setStatusCode(413)
                .putHeader("Content-Type", api ? "application/json" : "text/plain; charset=UTF-8");
        response.end(api ? new JsonObject().put("message", message).put("errors", new JsonObject()).encode()
                : message + "\n");
    }

    /** The response, after which the connection is closed: the rest of the body is never read. */
    private static HttpServerResponse closing(RoutingContext routing) {
        return routing.response().putHeader("Connection", "close")
                .endHandler(ignored -> routing.request().connection().close());
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
