package witness.web;

/**
 * Routes whose request body may be larger than witness.max-request-body-size, up to
 * quarkus.http.limits.max-body-size ({@link RequestSizeLimit}): a feature that takes such uploads says which, as a
 * bean of this type, so that this package names no feature.
 */
public interface LargeUploads {
    /**
     * The largest body a request of the method to the path (as the request names it, normalised) may carry, or 0 when
     * this feature takes no large body there (no more than quarkus.http.limits.max-body-size is ever read).
     */
    long limit(String method, String path);
}
