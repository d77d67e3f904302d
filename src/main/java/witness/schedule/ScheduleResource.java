package witness.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import witness.film.Film;
import witness.web.Films;

/** The film's shooting schedules and their days. */
@Path("/films/{slug}/schedules")
public class ScheduleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedules(Film film, Map<Schedule, List<ShootDay>> schedules);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance schedules(@RestPath String slug) {
        Film film = Films.bySlug(slug);
        Map<Schedule, List<ShootDay>> schedules = new LinkedHashMap<>();
        Schedule.ofFilm(film).forEach(s -> schedules.put(s, ShootDay.ofSchedule(s)));
        return Templates.schedules(film, schedules);
    }
}
