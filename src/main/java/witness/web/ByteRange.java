package witness.web;

import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.PathPart;

/**
 * A file sent whole or in the one byte range a request asks (RFC 9110, section 14), as a media player seeking in
 * it asks: 206 with its Content-Range; 416 for a range past the end. A Range this server does not split (several
 * ranges, another unit, a malformed one) or an If-Range of another version gets the whole file, as the RFC allows.
 */
public record ByteRange(long first, long last) {
    private static final Pattern ONE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /** What the request asks of a file of the length: a range, or null for the whole file. */
    static ByteRange of(String header, long length) throws Unsatisfiable {
        Matcher m = header == null ? null : ONE.matcher(header.strip());
        if (m == null || !m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return null;
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || length == 0) {
                throw new Unsatisfiable();
            }
            return new ByteRange(Math.max(0, length - suffix), length - 1);
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
        if (last < first) {
            return null;
        }
        if (first >= length) {
            throw new Unsatisfiable();
        }
        return new ByteRange(first, Math.min(last, length - 1));
    }

    long length() {
        return last - first + 1;
    }

    /** A range that starts past the end of the file. */
    static final class Unsatisfiable extends Exception {
        Unsatisfiable() {
            super(null, null, false, false);
        }
    }

    /**
     * The file of the type and version (its ETag) as the request's Range and If-Range ask, never cached by a shared
     * cache.
     */
    public static Response send(Path file, long length, String type, String etag, String range, String ifRange) {
        Response.ResponseBuilder response;
        try {
            ByteRange asked = ifRange == null || ifRange.strip().equals(etag) ? of(range, length) : null;
            response = asked == null ? Response.ok(file.toFile())
                    : Response.status(206).entity(new PathPart(file, asked.first, asked.length()))
                            .header("Content-Range", "bytes " + asked.first + "-" + asked.last + "/" + length);
        } catch (Unsatisfiable e) {
            response = Response.status(416).header("Content-Range", "bytes */" + length);
        }
        return response.type(type).header("Accept-Ranges", "bytes").header("ETag", etag)
                .header("Cache-Control", "private, no-cache").build();
    }
}
