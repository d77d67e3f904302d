package witness.schedule;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.Attachment;

/** A schedule as a file to download, named {film}-{schedule}.{csv|ics}. */
@Path("/films/{slug}/schedules")
public class ScheduleDownload {
    @Inject ScheduleVersions versions;

    /** For a spreadsheet: one row per shoot day. */
    @GET
    @Path("{schedule}.csv")
    @Produces(ScheduleCsv.MEDIA_TYPE)
    public Response csv(@RestPath("slug") Film film, @RestPath String schedule) {
        return file(film, schedule, ".csv", ScheduleCsv.MEDIA_TYPE,
                s -> ScheduleCsv.write(ShootDay.ofSchedule(s)));
    }

    /** For calendar apps (see {@link ScheduleCalendar}). */
    @GET
    @Path("{schedule}.ics")
    @Produces(ScheduleCalendar.MEDIA_TYPE)
    public Response calendar(@RestPath("slug") Film film, @RestPath String schedule) {
        return file(film, schedule, ".ics", ScheduleCalendar.MEDIA_TYPE,
                s -> ScheduleCalendar.write(film, s, ShootDay.ofSchedule(s), versions.published(s), Instant.now()));
    }

    private static Response file(Film film, String key, String extension, String type,
            Function<Schedule, byte[]> write) {
        Schedule schedule = CallSheet.schedule(film, key);
        return Attachment.of(write.apply(schedule), type, film.slug + "-" + schedule.key + extension).build();
    }
}
