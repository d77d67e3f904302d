package witness.schedule;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.core.Films;
import witness.web.Attachment;

/** A schedule for calendar apps: /films/{slug}/schedules/{schedule}.ics (see {@link ScheduleCalendar}). */
@Path("/films/{slug}/schedules/{schedule}.ics")
public class ScheduleCalendarDownload {

    @GET
    @Produces(ScheduleCalendar.MEDIA_TYPE)
    public Response download(@RestPath String slug, @RestPath String schedule) {
        Film film = Films.bySlug(slug);
        Schedule s = CallSheet.schedule(film, schedule);
        return Attachment.of(ScheduleCalendar.write(film, s, ShootDay.ofSchedule(s), Instant.now()),
                ScheduleCalendar.MEDIA_TYPE, film.slug + "-" + s.key + ".ics").build();
    }
}
