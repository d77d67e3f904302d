package witness.film;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import witness.web.Films;

/** The film's structure: its sequences and their scenes, in order. */
@Path("/films/{slug}")
public class StructureResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance structure(Film film, List<Sequence> sequences, Map<Sequence, List<Scene>> scenes);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance structure(@RestPath String slug) {
        Film film = Films.bySlug(slug);
        Map<Sequence, List<Scene>> scenes = Scene.ofFilm(film).stream()
                .collect(Collectors.groupingBy(s -> s.sequence));
        return Templates.structure(film, Sequence.ofFilm(film), scenes);
    }
}
