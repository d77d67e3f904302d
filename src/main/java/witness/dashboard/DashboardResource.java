package witness.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.core.Films;
import witness.web.CachedPage;

@Path("/")
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Film film, Dashboard dashboard);
    }

    /** The dashboard of the film named by ?film=, or of the first film. */
    @CachedPage
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard(@RestQuery("film") String slug) {
        Film film = slug != null ? Films.bySlug(slug) : Film.allByTitle().stream().findFirst().orElse(null);
        return Templates.dashboard(film, film == null ? null : Dashboard.of(film));
    }
}
