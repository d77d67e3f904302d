package witness.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.film.Shot;
import witness.location.Location;
import witness.web.Move;
import witness.web.BadRequest;
import witness.web.CachedPage;
import witness.web.FieldErrors;
import witness.web.Flash;
import witness.web.Form;
import witness.web.Html;
import witness.web.Inputs;
import witness.web.IsoDate;
import witness.web.Formats;
import witness.web.VersionRead;
import witness.interview.Interview;

/**
 * The film's shooting schedules: the list (/films/{slug}/schedules), each schedule's page with its
 * shoot days, stripboard and suggestion (/films/{slug}/schedules/{key}), and each day's page
 * (/films/{slug}/schedules/{key}/days/{id}). Moves answer htmx with the fragment #schedule-board
 * and a plain form post with 303 back to the page.
 */
@Path("/films/{slug}/schedules")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ScheduleResource {
    static final List<String> SCHEDULE_FIELDS = List.of("name", "key", "dayLimitMinutes", "minutesPerShot",
            "minutesPerInterview", "maxTravelKm", "version");
    static final List<String> DAY_FIELDS = List.of("date", "location", "call", "wrap", "travel", "notes", "version");
    private static final String KEY = "{key:[a-z0-9]+(?:-[a-z0-9]+)*}";

    @Inject ScheduleEditor editor;
    @Inject CallSheetLinks callSheetLinks;

    /** A suggestion shown for confirmation: the days and the shots they plan, in the order previewed. */
    public record Suggestion(LocalDate start, List<DaySuggestion.Day<Shot>> days, List<String> shotKeys) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedules(Film film, Map<Schedule, List<ShootDay>> schedules, Form form,
                String notice);

        static native TemplateInstance schedule(Film film, SchedulePlan plan, Form settings, Form newDay,
                List<Location> locations, String notice, String moved);

        static native TemplateInstance schedule$board(Film film, SchedulePlan plan, String moved);

        static native TemplateInstance day(Film film, Schedule schedule, ShootDay day, Form form,
                List<Location> locations, DayCalls calls, DayLinks links, String notice);

        static native TemplateInstance deletion(Film film, Schedule schedule, int days);

        static native TemplateInstance suggestion(Film film, Schedule schedule, Suggestion suggestion);
    }

    // ----- the list of schedules

    @CachedPage
    @GET
    public Response schedules(@RestPath("slug") Film film, @RestCookie(Flash.COOKIE) String flash) {
        Form blank = scheduleForm("new-schedule", ScheduleInput.blank(), Map.of());
        return Html.withNotice(list(film, blank, Flash.read(flash)), flash);
    }

    @POST
    public Response create(@RestPath("slug") Film film, @BeanParam ScheduleInput input) {
        FieldErrors errors = new FieldErrors();
        return Html.written(() -> {
            Schedule s = editor.createSchedule(film, input, errors);
            return new Html.Done(page(film.slug, s.key), "Added the schedule “" + s.name + "”.");
        }, messages -> list(film, scheduleForm("new-schedule", input, messages), null));
    }

    private TemplateInstance list(Film film, Form form, String notice) {
        return Templates.schedules(film, SchedulePlan.daysOfFilm(film), form, notice);
    }

    // ----- one schedule

    @CachedPage
    @GET
    @Path(KEY)
    public Response schedule(@RestPath("slug") Film film, @RestPath String key, @RestCookie(Flash.COOKIE) String flash) {
        Schedule s = ScheduleEditor.find(film, key);
        return Html.withNotice(page(film, s, null, null, Flash.read(flash)), flash);
    }

    /** Renames the schedule or changes its settings. */
    @POST
    @Path(KEY)
    public Response update(@RestPath("slug") Film film, @RestPath String key, @BeanParam ScheduleInput input) {
        FieldErrors errors = new FieldErrors();
        return Html.written(() -> {
            Schedule s = editor.updateSchedule(film, key, input, errors);
            return new Html.Done(page(film.slug, key), "Saved the schedule “" + s.name + "”.");
        }, messages -> page(film, ScheduleEditor.find(film, key),
                scheduleForm("schedule-settings", input, messages), null, null));
    }

    @GET
    @Path(KEY + "/delete")
    public TemplateInstance deletion(@RestPath("slug") Film film, @RestPath String key) {
        Schedule s = ScheduleEditor.find(film, key);
        return Templates.deletion(film, s, (int) ShootDay.count("schedule", s));
    }

    @POST
    @Path(KEY + "/delete")
    public Response delete(@RestPath("slug") Film film, @RestPath String key,
            @RestForm VersionRead version) {
        Schedule s = ScheduleEditor.find(film, key);
        String name = s.name;
        int days = editor.deleteSchedule(film, key, VersionRead.of(version));
        return Html.seeOther("/films/" + film.slug + "/schedules", "Deleted the schedule “" + name + "” and its "
                + days + (days == 1 ? " shoot day." : " shoot days."));
    }

    // ----- shoot days

    @POST
    @Path(KEY + "/days")
    public Response createDay(@RestPath("slug") Film film, @RestPath String key, @BeanParam ShootDayInput input) {
        FieldErrors errors = new FieldErrors();
        return Html.written(() -> {
            ShootDay day = editor.createDay(film, key, input, errors);
            return new Html.Done(page(film.slug, key) + "#day-" + day.id,
                    "Added the shoot day of " + Formats.human(day.date) + ".");
        }, messages -> page(film, ScheduleEditor.find(film, key), null,
                dayForm("new-day", input, messages), null));
    }

    /** Not a cached page: its call sheet links change (published, confirmed) without a change the history records. */
    @GET
    @Path(KEY + "/days/{id}")
    public Response day(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @RestCookie(Flash.COOKIE) String flash) {
        Schedule s = ScheduleEditor.find(film, key);
        ShootDay day = ScheduleEditor.findDay(s, id);
        return Html.withNotice(dayPage(film, s, day, null, DayCalls.of(film, day, null), callSheetLinks.onDayPage(day),
                Flash.read(flash)), flash);
    }

    @POST
    @Path(KEY + "/days/{id}")
    public Response updateDay(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @BeanParam ShootDayInput input) {
        FieldErrors errors = new FieldErrors();
        return Html.written(() -> {
            ShootDay day = editor.updateDay(film, key, id, input, errors);
            return new Html.Done(page(film.slug, key) + "#day-" + day.id,
                    "Saved the shoot day of " + Formats.human(day.date) + ".");
        }, messages -> {
            Schedule s = ScheduleEditor.find(film, key);
            ShootDay day = ScheduleEditor.findDay(s, id);
            return dayPage(film, s, day, dayForm("day-" + id, input, messages), DayCalls.of(film, day, null),
                    callSheetLinks.onDayPage(day), null);
        });
    }

    @POST
    @Path(KEY + "/days/{id}/delete")
    public Response deleteDay(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @RestForm VersionRead version) {
        ScheduleEditor.findDay(ScheduleEditor.find(film, key), id);
        ShootDay day = editor.deleteDay(film, key, id, VersionRead.of(version));
        return Html.seeOther(page(film.slug, key), "Deleted the shoot day of "
                + Formats.human(day.date) + "; what it filmed is back on the stripboard.");
    }

    // ----- the stripboard: moving shots and interviews onto days, off them, and within a day

    /** Form fields: day (a day's id; empty takes the shot off this schedule) and position (1-based; empty: last). */
    @POST
    @Path(KEY + "/shots/{shot}/move")
    public Response moveShot(@RestPath("slug") Film film, @RestPath String key, @RestPath String shot,
            @RestHeader("HX-Request") String hx, @BeanParam Move move) {
        ShootDay day = editor.moveShot(film, key, shot, move.day, move.position());
        Shot moved = Shot.byKey(film, shot).orElseThrow();
        return moved(film, key, hx, day, "shot " + moved.number(), "shot-" + shot);
    }

    @POST
    @Path(KEY + "/interviews/{interview}/move")
    public Response moveInterview(@RestPath("slug") Film film, @RestPath String key, @RestPath String interview,
            @RestHeader("HX-Request") String hx, @BeanParam Move move) {
        ShootDay day = editor.moveInterview(film, key, interview, move.day, move.position());
        String who = Interview.byKey(film, interview).orElseThrow().interviewee();
        return moved(film, key, hx, day, "the interview with " + who, "interview-" + interview);
    }

    private Response moved(Film film, String key, String hx, ShootDay day, String what, String anchor) {
        String message = day == null ? "Took " + what + " back to the stripboard."
                : "Scheduled " + what + " on " + Formats.human(day.date) + ".";
        if (Html.htmx(hx)) {
            Schedule s = ScheduleEditor.find(film, key);
            return Html.render(200, Templates.schedule$board(film, SchedulePlan.of(s), message));
        }
        return Html.seeOther(page(film.slug, key) + "#" + (day == null ? anchor : "day-" + day.id),
                message);
    }

    // ----- the suggestion

    /** Previews the days the unscheduled shots would make; nothing is saved. */
    @GET
    @Path(KEY + "/suggestion")
    public TemplateInstance suggestion(@RestPath("slug") Film film, @RestPath String key, @RestQuery String start) {
        Schedule s = ScheduleEditor.find(film, key);
        LocalDate first = start(s, start);
        List<Shot> shots = SchedulePlan.unscheduledShots(s);
        return Templates.suggestion(film, s, new Suggestion(first, SchedulePlan.suggest(s, shots, first),
                shots.stream().map(x -> x.key).toList()));
    }

    /** Saves the previewed days: form fields start and shot (each previewed shot's key, in order). */
    @POST
    @Path(KEY + "/suggestion")
    public Response confirm(@RestPath("slug") Film film, @RestPath String key, @RestForm String start,
            @RestForm("shot") List<String> shots) {
        ScheduleEditor.find(film, key);
        FieldErrors errors = new FieldErrors();
        LocalDate from = startDate(start, errors);
        errors.check();
        List<ShootDay> days = editor.confirmSuggestion(film, key, from, shots == null ? List.of() : shots);
        return Html.seeOther(page(film.slug, key), "Added " + days.size()
                + (days.size() == 1 ? " suggested shoot day." : " suggested shoot days."));
    }

    private static LocalDate start(Schedule s, String start) {
        if (start != null && !start.isBlank()) {
            try {
                return LocalDate.parse(start.strip());
            } catch (DateTimeParseException e) {
                throw new BadRequest("start", "'" + start + "' is not a date like 1990-03-05");
            }
        }
        List<ShootDay> days = ShootDay.ofSchedule(s);
        if (days.isEmpty()) {
            throw new BadRequest("start", "the schedule has no days yet: give the date of the first suggested day");
        }
        return days.get(days.size() - 1).date.plusDays(1);
    }

    // -----

    private TemplateInstance page(Film film, Schedule s, Form settings, Form newDay, String notice) {
        Form settingsForm = settings != null ? settings
                : scheduleForm("schedule-settings", ScheduleInput.of(s), Map.of());
        Form dayForm = newDay != null ? newDay : new Form("new-day", Map.of(), Map.of(), DAY_FIELDS);
        return Templates.schedule(film, SchedulePlan.of(s), settingsForm, dayForm, Location.ofFilm(film), notice,
                null);
    }

    /** A shoot day's page: its form (null: the day as stored), its calls and (for producers) its links. */
    static TemplateInstance dayPage(Film film, Schedule s, ShootDay day, Form form, DayCalls calls, DayLinks links,
            String notice) {
        Form dayForm = form != null ? form : dayForm("day-" + day.id, ShootDayInput.of(day), Map.of());
        return Templates.day(film, s, day, dayForm, Location.ofFilm(film), calls, links, notice);
    }



    /** A schedule's form (new-schedule, schedule-settings): what it holds and its messages. */
    private static Form scheduleForm(String id, ScheduleInput input, Map<String, String> messages) {
        return new Form(id, Inputs.values(input), messages, SCHEDULE_FIELDS);
    }

    /** A shoot day's form (new-day, day-{id}): what it holds and its messages. */
    private static Form dayForm(String id, ShootDayInput input, Map<String, String> messages) {
        return new Form(id, Inputs.values(input), messages, DAY_FIELDS);
    }

    private static String page(String slug, String key) {
        return "/films/" + slug + "/schedules/" + key;
    }

    private static LocalDate startDate(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate start = IsoDate.parse(text);
        if (start == null) {
            errors.add("start", "must be a date like 1990-06-14, not '" + text.strip() + "'");
        }
        return start;
    }
}
