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
import witness.web.BadRequest;
import witness.web.CachedPage;

/** One box across the film's scenes, shots, sources, testimonies, transcripts, research log, people and chronology. */
@Path("/films/{slug}/search")
public class SearchResource {
    static final int MAX_QUERY = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Film film, SearchResults results);
    }

    @CachedPage
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@RestPath("slug") Film film, @RestQuery String q) {
        if (q != null && q.length() > MAX_QUERY) {
            throw new BadRequest("q", "a search is at most " + MAX_QUERY + " characters");
        }
        return Templates.search(film, SearchResults.of(film, q));
    }
}
