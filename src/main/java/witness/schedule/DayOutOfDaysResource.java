package witness.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.Attachment;
import witness.web.Pdf;
import witness.web.SpreadsheetCells;

/**
 * A schedule's day-out-of-days ({@code /films/{slug}/schedules/{key}/day-out-of-days}, {@code .csv}, {@code .pdf}):
 * people and locations by shoot day in the industry's codes, with their totals.
 */
@Path("/films/{slug}/schedules")
public class DayOutOfDaysResource {
    private static final String PAGE = "{key}/day-out-of-days";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance table(Film film, DayOutOfDays dood, boolean pdf, LocalDate today);
    }

    @GET
    @Path(PAGE)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath("slug") Film film, @RestPath String key) {
        return Templates.table(film, of(film, key), false, LocalDate.now());
    }

    @GET
    @Path(PAGE + ".pdf")
    @Produces("application/pdf")
    public Response pdf(@RestPath("slug") Film film, @RestPath String key) {
        DayOutOfDays dood = of(film, key);
        byte[] pdf = Pdf.render(Templates.table(film, dood, true, LocalDate.now()).render(), null);
        return Attachment.of(pdf, "application/pdf", name(film, dood, ".pdf")).build();
    }

    /** One row per person, then per location: name, kind, a code per day, work, hold and travel days. */
    @GET
    @Path(PAGE + ".csv")
    @Produces(ScheduleCsv.MEDIA_TYPE)
    public Response csv(@RestPath("slug") Film film, @RestPath String key) {
        DayOutOfDays dood = of(film, key);
        List<String> header = new ArrayList<>(List.of("name", "kind"));
        dood.days().forEach(d -> header.add(d.date.toString()));
        header.addAll(List.of("work", "hold", "travel"));
        byte[] csv = SpreadsheetCells.csv(header, printer -> {
            for (DayOutOfDays.Row row : rows(dood)) {
                List<Object> cells = new ArrayList<>(List.of(row.name(), row.kind()));
                cells.addAll(row.codes());
                cells.addAll(List.of(row.work(), row.hold(), row.travel()));
                SpreadsheetCells.print(printer, cells.toArray());
            }
        });
        return Attachment.of(csv, ScheduleCsv.MEDIA_TYPE,
                name(film, dood, ".csv")).build();
    }

    private static List<DayOutOfDays.Row> rows(DayOutOfDays dood) {
        List<DayOutOfDays.Row> rows = new ArrayList<>(dood.people());
        rows.addAll(dood.locations());
        return rows;
    }

    private static DayOutOfDays of(Film film, String key) {
        Schedule schedule = CallSheet.schedule(film, key);
        return DayOutOfDays.of(schedule, SchedulePlan.days(schedule));
    }

    private static String name(Film film, DayOutOfDays dood, String extension) {
        return film.slug + "-" + dood.schedule().key + "-day-out-of-days" + extension;
    }
}
