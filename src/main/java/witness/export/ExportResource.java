package witness.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.schedule.Schedule;
import witness.schedule.ShootDay;
import witness.security.Access;
import witness.security.Role;

/** What a film can be exported as. */
@Path("/films/{slug}/exports")
public class ExportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(Film film, Map<Sequence, List<Scene>> structure,
                Map<Schedule, List<ShootDay>> schedules, boolean producer);
    }

    @Inject Access access;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance exports(@RestPath("slug") Film film) {
        Map<Schedule, List<ShootDay>> schedules = new LinkedHashMap<>();
        Schedule.ofFilm(film).forEach(s -> schedules.put(s, ShootDay.ofSchedule(s)));
        return Templates.exports(film, structure(film), schedules, access.hasRole(Role.PRODUCER));
    }

    /** The sequences with their scenes, for the shooting script's scope: two queries. */
    private static Map<Sequence, List<Scene>> structure(Film film) {
        Map<Sequence, List<Scene>> structure = new LinkedHashMap<>();
        Sequence.ofFilm(film).forEach(s -> structure.put(s, new ArrayList<>()));
        Scene.ofFilm(film).forEach(s -> structure.get(s.sequence).add(s));
        return structure;
    }
}
