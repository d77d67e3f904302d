package witness.schedule;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.core.Films;
import witness.web.Attachment;

/** A schedule for a spreadsheet: /films/{slug}/schedules/{schedule}.csv, one row per shoot day. */
@Path("/films/{slug}/schedules/{schedule}.csv")
public class ScheduleCsvDownload {

    @GET
    @Produces(ScheduleCsv.MEDIA_TYPE)
    public Response download(@RestPath String slug, @RestPath String schedule) {
        Film film = Films.bySlug(slug);
        Schedule s = CallSheet.schedule(film, schedule);
        return Attachment.of(ScheduleCsv.write(ShootDay.ofSchedule(s)), ScheduleCsv.MEDIA_TYPE,
                film.slug + "-" + s.key + ".csv").build();
    }
}
