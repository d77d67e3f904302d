package witness.schedule;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.FieldErrors;
import witness.web.Form;
import witness.web.Html;
import witness.web.Inputs;
import witness.web.VersionRead;

/**
 * Who a shoot day calls, from the day's page (/films/{slug}/schedules/{key}/days/{id}): call someone, change their
 * call time or notes, take the call off. Each answers 303 back to the day's calls; a refused form is shown again on
 * the day's page with its messages (422).
 */
@Path("/films/{slug}/schedules/{key}/days/{id}/calls")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CallResource {
    @Inject CallEditor editor;
    @Inject CallSheetLinks links;

    @POST
    public Response add(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @BeanParam CallInput input) {
        FieldErrors errors = new FieldErrors();
        return Html.written(() -> {
            ShootDayCall call = editor.add(film, key, id, input, errors);
            return new Html.Done(calls(film, key, id), "Called " + call.person.name + when(call) + ".");
        }, messages -> refused(film, key, id, new Form("new-call", Inputs.values(input), messages, DayCalls.FIELDS)));
    }

    @POST
    @Path("{person}")
    public Response update(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @RestPath String person, @BeanParam CallInput input) {
        input.person = person;
        FieldErrors errors = new FieldErrors();
        return Html.written(() -> {
            ShootDayCall call = editor.update(film, key, id, person, input, errors);
            return new Html.Done(calls(film, key, id), "Saved the call of " + call.person.name + when(call) + ".");
        }, messages -> refused(film, key, id,
                new Form("call-" + person, Inputs.values(input), messages, DayCalls.FIELDS)));
    }

    @POST
    @Path("{person}/delete")
    public Response remove(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @RestPath String person, @RestForm VersionRead version) {
        ShootDayCall call = editor.remove(film, key, id, person, VersionRead.of(version));
        return Html.seeOther(calls(film, key, id), call.person.name + " is no longer called on this day.");
    }

    private static String when(ShootDayCall call) {
        return call.time() == null ? "" : " at " + call.clock();
    }

    private io.quarkus.qute.TemplateInstance refused(Film film, String key, long id, Form form) {
        Schedule s = ScheduleEditor.find(film, key);
        ShootDay day = ScheduleEditor.findDay(s, id);
        return ScheduleResource.dayPage(film, s, day, null, DayCalls.of(film, day, form), links.onDayPage(day), null);
    }

    private static String calls(Film film, String key, long id) {
        return "/films/" + film.slug + "/schedules/" + key + "/days/" + id + "#calls";
    }
}
