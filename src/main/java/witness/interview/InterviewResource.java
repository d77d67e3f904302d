package witness.interview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import witness.film.Film;
import witness.web.Films;

/** The interviews board: one column per status of the pipeline. */
@Path("/films/{slug}/interviews")
public class InterviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Film film, Map<InterviewStatus, List<Interview>> columns);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance board(@RestPath String slug) {
        Film film = Films.bySlug(slug);
        Map<InterviewStatus, List<Interview>> columns = new EnumMap<>(InterviewStatus.class);
        for (InterviewStatus status : InterviewStatus.values()) {
            columns.put(status, new ArrayList<>());
        }
        Interview.ofFilm(film).forEach(i -> columns.get(i.status).add(i));
        return Templates.board(film, columns);
    }
}
