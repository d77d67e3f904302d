package witness.research;

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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import witness.chronology.ChronologyEvent;
import witness.chronology.EventInput;
import witness.core.Film;
import witness.film.Scene;
import witness.source.SourceChoices;
import witness.web.CachedPage;
import witness.web.FieldErrors;
import witness.web.Flash;
import witness.web.Form;
import witness.web.Html;
import witness.web.Inputs;
import witness.web.VersionRead;

/**
 * The dated events of the subject's life: /films/{slug}/chronology draws them as a timeline with
 * the film's sequences as bands, lists them, and has a form to add one; /chronology/{key} edits an
 * event and /chronology/{key}/delete deletes it after confirmation.
 */
@Path("/films/{slug}/chronology")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ChronologyResource {
    static final List<String> FIELDS = List.of("date", "place", "description", "person", "source", "scene",
            "version");
    @Inject ChronologyEditor editor;

    /** An event form: its values and messages, and the links it has chosen. */
    public record EventForm(Form form, List<String> people, List<String> sources, List<String> scenes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chronology(Film film, ChronologyPage page, EventForm eventForm, String notice);

        static native TemplateInstance event(Film film, ChronologyEvent event, EventForm eventForm,
                ChronologyPage.Choices choices, String notice);

        static native TemplateInstance deletion(Film film, ChronologyEvent event, List<Scene> scenes);
    }

    @CachedPage
    @GET
    public Response chronology(@RestPath("slug") Film film, @RestCookie(Flash.COOKIE) String flash) {
        EventForm blank = new EventForm(new Form("new-event", Map.of(), Map.of(), FIELDS), List.of(), List.of(),
                List.of());
        return Html.withNotice(Templates.chronology(film, ChronologyPage.of(film, List.of(), null), blank,
                Flash.read(flash)), flash);
    }

    @POST
    public Response create(@RestPath("slug") Film film, @BeanParam EventInput input,
            @RestForm(SourceChoices.FIND) String findSource) {
        FieldErrors errors = new FieldErrors();
        input.sources = SourceChoices.picked(film, Inputs.keys(input.sources), findSource, errors);
        return Html.written(() -> {
            ChronologyEvent event = editor.create(film, input, errors);
            return new Html.Done("/films/" + film.slug + "/chronology#event-" + event.key,
                    "Added the event of " + event.when().display() + ".");
        }, messages -> Templates.chronology(film, ChronologyPage.of(film, input.sources, findSource),
                refused("new-event", input, messages), null));
    }

    @CachedPage
    @GET
    @Path("{key}")
    public Response event(@RestPath("slug") Film film, @RestPath String key, @RestCookie(Flash.COOKIE) String flash) {
        ChronologyEvent event = ChronologyEditor.find(film, key);
        EventForm stored = stored(event);
        return Html.withNotice(Templates.event(film, event, stored, ChronologyPage.Choices.of(film, stored.sources(),
                null), Flash.read(flash)), flash);
    }

    @POST
    @Path("{key}")
    public Response update(@RestPath("slug") Film film, @RestPath String key, @BeanParam EventInput input,
            @RestForm(SourceChoices.FIND) String findSource) {
        ChronologyEditor.find(film, key);
        FieldErrors errors = new FieldErrors();
        input.sources = SourceChoices.picked(film, Inputs.keys(input.sources), findSource, errors);
        return Html.written(() -> {
            ChronologyEvent event = editor.update(film, key, input, errors);
            return new Html.Done("/films/" + film.slug + "/chronology#event-" + event.key,
                    "Saved the event of " + event.when().display() + ".");
        }, messages -> Templates.event(film, ChronologyEditor.find(film, key),
                refused("event-" + key, input, messages), ChronologyPage.Choices.of(film, input.sources, findSource),
                null));
    }

    @GET
    @Path("{key}/delete")
    public TemplateInstance confirmDeletion(@RestPath("slug") Film film, @RestPath String key) {
        ChronologyEvent event = ChronologyEditor.find(film, key);
        return Templates.deletion(film, event, ChronologyEditor.coveringScenes(event));
    }

    @POST
    @Path("{key}/delete")
    public Response delete(@RestPath("slug") Film film, @RestPath String key, @RestForm VersionRead version) {
        ChronologyEvent event = editor.delete(film, key, VersionRead.of(version));
        return Html.seeOther("/films/" + film.slug + "/chronology",
                "Deleted the event of " + event.when().display() + ".");
    }

    private static EventForm stored(ChronologyEvent event) {
        EventInput stored = EventInput.of(event,
                ChronologyEditor.coveringScenes(event).stream().map(s -> s.key).toList());
        return new EventForm(new Form("event-" + event.key, Inputs.values(stored), Map.of(), FIELDS), stored.people,
                stored.sources, stored.scenes);
    }

    private static EventForm refused(String id, EventInput input, Map<String, String> errors) {
        return new EventForm(new Form(id, Inputs.values(input), errors, FIELDS), Inputs.keys(input.people),
                Inputs.keys(input.sources), Inputs.keys(input.scenes));
    }
}
