package witness.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.web.CachedPage;
import witness.web.QueryString;

/** One box across the film's scenes, shots, sources, testimonies, transcripts, research log, people and chronology. */
@Path("/films/{slug}/search")
public class SearchResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Film film, SearchResults results);
    }

    @CachedPage
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@RestPath("slug") Film film, @RestQuery String q) {
        return Templates.search(film, SearchResults.of(film, QueryString.words(q)));
    }
}
