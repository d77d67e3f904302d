package witness.web;

import java.util.Set;

/**
 * Routes whose request body may be larger than witness.max-request-body-size, up to
 * quarkus.http.limits.max-body-size ({@link RequestSizeLimit}): a feature that takes such uploads says which, as a
 * bean of this type, so that this package names no feature.
 */
public interface LargeUploads {
    /** The paths (as the request names them, normalised) whose POST may carry a large body. */
    Set<String> paths();
}
