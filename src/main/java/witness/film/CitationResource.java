package witness.film;

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
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.FieldErrors;
import witness.web.Flash;
import witness.web.Form;
import witness.web.Html;
import witness.web.VersionRead;

/**
 * A scene's citations: add one (the form on the scene page), edit one on its own page, delete it, move its
 * footnote up or down. Every write answers 303 to the scene's footnotes; refused input 422 beside the field.
 */
@Path("/films/{slug}/scenes/{key}/citations")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CitationResource {
    @Inject CitationEditor editor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance citation(Film film, Scene scene, Citation citation, int number, String note,
                Form form, CitationForms.Choices citable, String notice);
    }

    @POST
    public Response create(@RestPath("slug") Film film, @RestPath String key, @BeanParam CitationInput input) {
        CitationEditor.scene(film, key);
        FieldErrors errors = new FieldErrors();
        input.choosing(film, errors);
        return Html.written(() -> {
            Citation c = editor.create(film, key, input, errors);
            return new Html.Done(footnotes(film.slug, key), "Added footnote " + c.position + ".");
        }, messages -> SceneResource.withCitationForm(film, CitationEditor.scene(film, key),
                CitationForms.refused(CitationForms.NEW, input, messages)));
    }

    @GET
    @Path("{id}")
    public Response citation(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @RestCookie(Flash.COOKIE) String flash) {
        Scene scene = CitationEditor.scene(film, key);
        Citation c = CitationEditor.find(scene, id);
        return Html.withNotice(page(film, scene, c, CitationForms.stored(c), Flash.read(flash)), flash);
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @BeanParam CitationInput input) {
        CitationEditor.find(CitationEditor.scene(film, key), id);
        FieldErrors errors = new FieldErrors();
        input.choosing(film, errors);
        return Html.written(() -> {
            Citation c = editor.update(film, key, id, input, errors);
            return new Html.Done(footnotes(film.slug, key), "Saved footnote " + c.position + ".");
        }, messages -> {
            Scene scene = CitationEditor.scene(film, key);
            Citation c = CitationEditor.find(scene, id);
            return page(film, scene, c, CitationForms.refused(CitationForms.id(c), input, messages), null);
        });
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @RestForm VersionRead version) {
        Citation c = editor.delete(film, key, id, VersionRead.of(version));
        return Html.seeOther(footnotes(film.slug, key), "Deleted footnote " + c.position + ".");
    }

    @POST
    @Path("{id}/{direction:up|down}")
    public Response move(@RestPath("slug") Film film, @RestPath String key, @RestPath long id, @RestPath String direction,
            @RestForm VersionRead version) {
        editor.move(film, key, id, direction.equals("up") ? -1 : 1, VersionRead.of(version));
        return Html.seeOther(footnotes(film.slug, key), "Moved the footnote " + direction + ".");
    }

    private static String footnotes(String slug, String key) {
        return "/films/" + slug + "/scenes/" + key + "#citations";
    }

    private static TemplateInstance page(Film film, Scene scene, Citation c, Form form, String notice) {
        List<Citation> all = CitationEditor.ofScene(scene);
        List<Footnotes.Footnote> notes = Footnotes.of(all);
        Footnotes.Footnote note = notes.stream().filter(n -> n.citation().id.equals(c.id)).findFirst().orElseThrow();
        List<Shot> shots = Shot.list("scene = ?1 order by position", scene);
        return Templates.citation(film, scene, c, note.number(), note.html(), form,
                CitationForms.Choices.of(film, shots, form), notice);
    }
}
