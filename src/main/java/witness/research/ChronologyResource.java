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

/** The dated events of the subject's life, in order. */
@Path("/films/{slug}/chronology")
public class ChronologyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chronology(Film film, List<ChronologyEvent> events);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance chronology(@RestPath String slug) {
        Film film = Films.bySlug(slug);
        return Templates.chronology(film, ChronologyEvent.list("film = ?1 order by date, key", film));
    }
}
