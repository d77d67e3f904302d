package witness.schedule;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.BiFunction;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.core.Films;
import witness.web.Attachment;

/** A schedule as a file to download, named {film}-{schedule}.{csv|ics}. */
@Path("/films/{slug}/schedules")
public class ScheduleDownload {

    /** For a spreadsheet: one row per shoot day. */
    @GET
    @Path("{schedule}.csv")
    @Produces(ScheduleCsv.MEDIA_TYPE)
    public Response csv(@RestPath String slug, @RestPath String schedule) {
        return file(slug, schedule, ".csv", ScheduleCsv.MEDIA_TYPE,
                (film, s) -> ScheduleCsv.write(ShootDay.ofSchedule(s)));
    }

    /** For calendar apps (see {@link ScheduleCalendar}). */
    @GET
    @Path("{schedule}.ics")
    @Produces(ScheduleCalendar.MEDIA_TYPE)
    public Response calendar(@RestPath String slug, @RestPath String schedule) {
        return file(slug, schedule, ".ics", ScheduleCalendar.MEDIA_TYPE,
                (film, s) -> ScheduleCalendar.write(film, s, ShootDay.ofSchedule(s), Instant.now()));
    }

    private static Response file(String slug, String key, String extension, String type,
            BiFunction<Film, Schedule, byte[]> write) {
        Film film = Films.bySlug(slug);
        Schedule schedule = CallSheet.schedule(film, key);
        return Attachment.of(write.apply(film, schedule), type, film.slug + "-" + schedule.key + extension).build();
    }
}
