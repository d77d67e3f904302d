package witness.location;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import witness.film.Film;
import witness.web.Films;

/** Places to film, or that the film depicts. */
@Path("/films/{slug}/locations")
public class LocationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance locations(Film film, List<Location> locations);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance locations(@RestPath String slug) {
        Film film = Films.bySlug(slug);
        return Templates.locations(film, Location.ofFilm(film));
    }
}
