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
import witness.interview.InterviewEditor;
import witness.web.CachedPage;

/** The history of an interview and its transcript; its release form scan only for producers. */
@Path("/films/{slug}/interviews/{key}/history")
@Produces(MediaType.TEXT_HTML)
public class InterviewHistoryResource {
    @Inject
    History history;

    @CachedPage
    @GET
    public TemplateInstance history(@RestPath String slug, @RestPath String key) {
        Film film = Films.bySlug(slug);
        return HistoryTemplates.history(film, history.ofInterview(film, InterviewEditor.find(film, key)));
    }
}
