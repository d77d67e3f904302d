package witness.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.CachedPage;
import witness.web.Html;

/**
 * The conflicts of one schedule, by day: a page of its own, or with htmx only the
 * {@code <section id="conflicts">} for the schedule page to swap in.
 */
@Path("/films/{slug}/schedules/{key}/conflicts")
public class ConflictResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance conflicts(Film film, Schedule schedule, List<Conflict> conflicts,
                Map<LocalDate, List<Conflict>> byDate);

        static native TemplateInstance conflicts$section(Film film, Schedule schedule, List<Conflict> conflicts,
                Map<LocalDate, List<Conflict>> byDate);
    }

    @CachedPage
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance conflicts(@RestPath("slug") Film film, @RestPath String key,
            @RestHeader("HX-Request") String hx) {
        Schedule schedule = Schedule.<Schedule>find("film = ?1 and key = ?2", film, key).firstResultOptional()
                .orElseThrow(NotFoundException::new);
        List<Conflict> conflicts = Conflicts.ofSchedule(film, schedule);
        Map<LocalDate, List<Conflict>> byDate = Conflicts.byDate(conflicts);
        return Html.htmx(hx) ? Templates.conflicts$section(film, schedule, conflicts, byDate)
                : Templates.conflicts(film, schedule, conflicts, byDate);
    }
}
