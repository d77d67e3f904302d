package witness.backup;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A backup of a real film (photos, release scans) is larger than any other upload, and Quarkus has one body limit
 * for every route. So quarkus.http.limits.max-body-size is what a restore may upload (witness.backup.max-upload-size),
 * and this route, right after Quarkus' own check and before anything reads the body, holds every other request to
 * witness.max-request-body-size: 413 when the declared length is larger, and a chunked body is cut at that size.
 */
@ApplicationScoped
class RequestBodyLimit {
    static final Set<String> RESTORE_PATHS = Set.of(BackupResource.RESTORE_PATH, BackupApi.RESTORE_PATH);

    @ConfigProperty(name = "witness.max-request-body-size")
    MemorySize limit;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::check);
    }

    private void check(RoutingContext request) {
        if (request.request().method() == HttpMethod.POST && RESTORE_PATHS.contains(request.normalizedPath())) {
            request.next();
            return;
        }
        long max = limit.asLongValue();
        String length = request.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null) {
            request.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, max);
        } else if (parse(length) > max) {
            request.response().putHeader(HttpHeaderNames.CONNECTION, "close").setStatusCode(413)
                    .endHandler(done -> request.request().connection().close()).end();
            return;
        }
        request.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
