package witness.history;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.core.Films;
import witness.research.SourceEditor;
import witness.web.CachedPage;

/** The history of a source and its authors: readable by everyone. */
@Path("/films/{slug}/sources/{key}/history")
@Produces(MediaType.TEXT_HTML)
public class SourceHistoryResource {
    @Inject
    History history;

    @CachedPage
    @GET
    public TemplateInstance history(@RestPath String slug, @RestPath String key) {
        Film film = Films.bySlug(slug);
        return HistoryTemplates.history(film, history.ofSource(film, SourceEditor.find(film, key)));
    }
}
