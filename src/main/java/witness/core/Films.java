package witness.core;

import jakarta.ws.rs.NotFoundException;

/** Finding the film a URL names. */
public final class Films {
    private Films() {
    }

    /** The film of a URL, or a 404 that names the slug. */
    public static Film bySlug(String slug) {
        return Film.bySlug(slug).orElseThrow(() -> new NotFoundException("There is no film '" + slug + "'."));
    }
}
