package witness.film;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.CachedPage;

/** The film's coverage, /films/{slug}/coverage: scenes with uncited narration, then every scene's figures and the totals. */
@Path("/films/{slug}/coverage")
@Produces(MediaType.TEXT_HTML)
public class CoverageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(Film film, Coverage coverage);
    }

    @CachedPage
    @GET
    public TemplateInstance coverage(@RestPath("slug") Film film) {
        return Templates.coverage(film, Coverage.of(film));
    }
}
