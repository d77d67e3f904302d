package witness.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import witness.film.Film;
import witness.web.Films;

/** What a film can be exported as. */
@Path("/films/{slug}/exports")
public class ExportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(Film film);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance exports(@RestPath String slug) {
        return Templates.exports(Films.bySlug(slug));
    }
}
