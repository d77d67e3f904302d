package witness.history;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.film.StructureEditor;
import witness.interview.InterviewEditor;
import witness.research.SourceEditor;
import witness.web.CachedPage;

/** The history pages of the items that have one: /films/{slug}/{items}/{key}/history. */
@Path("/films/{slug}")
@Produces(MediaType.TEXT_HTML)
public class ItemHistoryResource {
    @Inject History history;

    /** The history of an interview and its transcript; its release form scan only for producers. */
    @CachedPage
    @GET
    @Path("interviews/{key}/history")
    public TemplateInstance interview(@RestPath("slug") Film film, @RestPath String key) {
        return HistoryTemplates.history(film, history.ofInterview(film, InterviewEditor.find(film, key)));
    }

    /** The history of a scene, its shots and its citations: readable by everyone. */
    @CachedPage
    @GET
    @Path("scenes/{key}/history")
    public TemplateInstance scene(@RestPath("slug") Film film, @RestPath String key) {
        return HistoryTemplates.history(film, history.ofScene(film, StructureEditor.scene(film, key)));
    }

    /** The history of a source and its authors: readable by everyone. */
    @CachedPage
    @GET
    @Path("sources/{key}/history")
    public TemplateInstance source(@RestPath("slug") Film film, @RestPath String key) {
        return HistoryTemplates.history(film, history.ofSource(film, SourceEditor.find(film, key)));
    }
}
