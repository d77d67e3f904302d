package witness.person;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import witness.film.Film;
import witness.web.Films;

/** Everyone the film touches, with their relation to the subject. */
@Path("/films/{slug}/people")
public class PersonResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(Film film, List<Person> people);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance people(@RestPath String slug) {
        Film film = Films.bySlug(slug);
        return Templates.people(film, Person.ofFilm(film));
    }
}
