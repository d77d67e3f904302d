package witness.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Which area of the film the page being rendered belongs to, so that the menu marks it (aria-current). */
@TemplateExtension
public class CurrentArea {
    /** The dashboard's area, which lives at / rather than under the film. */
    public static final String DASHBOARD = "dashboard";

    private CurrentArea() {
    }

    /**
     * Whether the page is in this area of the film: its own page or one below it ({area.isCurrentArea(film.slug)});
     * the empty area is the structure, /films/{slug} itself.
     */
    static boolean isCurrentArea(String area, String slug) {
        String path = path();
        if (path == null) {
            return false;
        }
        if (area.equals(DASHBOARD)) {
            return path.equals("/");
        }
        String page = "/films/" + slug + (area.isEmpty() ? "" : "/" + area);
        return path.equals(page) || (!area.isEmpty() && path.startsWith(page + "/"));
    }

    private static String path() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return current == null ? null : current.normalizedPath();
    }
}
