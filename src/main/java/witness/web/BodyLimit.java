package witness.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cuts a request body at its limit while it is read, whatever its sender announced: a body sent in chunks, of no
 * stated length, is counted byte by byte as a reader takes it in, and past the limit the reading stops with a 413
 * and the connection is closed, so the rest is never read. (A body that states its length is refused before it is
 * read, by {@link RequestSizeLimit}, which also sets the limit of each request.)
 */
@Provider
@Singleton
public class BodyLimit implements ReaderInterceptor {
    @Inject RoutingContext routing;

    @ConfigProperty(name = "witness.max-request-body-size") MemorySize maxBodySize;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(bounded(context.getInputStream()));
        return context.proceed();
    }

    /** The body a resource takes as a stream (a zip it reads entry by entry), cut at this request's limit. */
    public InputStream bounded(InputStream body) {
        Object limit = routing.get(RequestSizeLimit.LIMIT);
        return new Bounded(body, limit instanceof Long given ? given : maxBodySize.asLongValue(), routing);
    }

    /** The body as read so far; past its bound, a 413 that closes the connection. */
    static final class Bounded extends FilterInputStream {
        private final long bound;
        private final RoutingContext routing;
        private long read;

        Bounded(InputStream in, long bound, RoutingContext routing) {
            super(in);
            this.bound = bound;
            this.routing = routing;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, bound - read + 1));
            count(Math.max(n, 0));
            return n;
        }

        /** Past the bound the rest is left unread: closing Quarkus' stream would read it to its end. */
        @Override
        public void close() throws IOException {
            if (read <= bound) {
                super.close();
            }
        }

        private void count(int n) {
            read += n;
            if (read > bound) {
                throw tooLarge(routing, bound);
            }
        }
    }

    static WebApplicationException tooLarge(RoutingContext routing, long bound) {
        String message = "Refused, nothing was changed: the request is more than the "
                + RequestSizeLimit.megabytes(bound) + " Witness accepts at once.";
        boolean api = routing.normalizedPath().startsWith("/api/");
        routing.response().putHeader("Connection", "close")
                .endHandler(ignored -> routing.request().connection().close());
        Response answer = Response.status(413).header("Connection", "close")
                .type(api ? MediaType.APPLICATION_JSON_TYPE : MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(api ? new JsonObject().put("message", message).put("errors", new JsonObject()).encode()
                        : message + "\n")
                .build();
        return new WebApplicationException(message, answer);
    }
}
