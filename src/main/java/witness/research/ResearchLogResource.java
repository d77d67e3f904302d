package witness.research;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.film.Film;
import witness.web.BadRequest;
import witness.web.Films;

/** The research log, newest first: /films/{slug}/research-log?researcher=…&followUps=open */
@Path("/films/{slug}/research-log")
public class ResearchLogResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(Film film, List<ResearchLogEntry> entries, List<String> researchers,
                String researcher, boolean open);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance log(@RestPath String slug, @RestQuery String researcher, @RestQuery String followUps) {
        Film film = Films.bySlug(slug);
        boolean open = isOpen(followUps);
        String who = researcher == null || researcher.isBlank() ? null : researcher;
        return Templates.log(film, ResearchLogEntry.ofFilm(film, who, open), ResearchLogEntry.researchers(film),
                who, open);
    }

    private static boolean isOpen(String followUps) {
        if (followUps == null || followUps.isBlank() || followUps.equals("all")) {
            return false;
        }
        if (followUps.equals("open")) {
            return true;
        }
        throw new BadRequest("followUps", "'" + followUps + "' is not one of: all, open");
    }
}
