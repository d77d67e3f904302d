package witness.research;

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

/** Sources and their clearances. */
@Path("/films/{slug}/sources")
public class SourceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(Film film, List<Source> sources);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sources(@RestPath String slug) {
        Film film = Films.bySlug(slug);
        return Templates.sources(film, Source.ofFilm(film));
    }
}
