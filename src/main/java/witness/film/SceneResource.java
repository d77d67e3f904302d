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
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.interview.TestimonyChoices;
import witness.web.VersionRead;
import witness.web.Move;
import witness.web.CachedPage;
import witness.web.FieldErrors;
import witness.web.Flash;
import witness.web.Form;
import witness.web.Html;
import witness.web.Invalid;

/**
 * A scene's page (/films/{slug}/scenes/{key}): what it says and shows, read-only shots, testimonies and
 * footnoted citations, and the form that edits it. Moves and deletions of scenes are answered here too.
 */
@Path("/films/{slug}/scenes/{key}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SceneResource {
    @Inject StructureEditor editor;
    @Inject PaperEditor paperEditor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scene(Film film, ScenePage page, StructureForms forms, List<Sequence> sequences,
                SceneStatus[] statuses, String notice);

        static native TemplateInstance scene$scene(Film film, ScenePage page, StructureForms forms,
                List<Sequence> sequences, SceneStatus[] statuses);
    }

    @CachedPage
    @GET
    public Response scene(@RestPath("slug") Film film, @RestPath String key, @RestCookie(Flash.COOKIE) String flash) {
        Scene scene = StructureEditor.scene(film, key);
        return Html.withNotice(page(film, ScenePage.of(scene), StructureForms.none(), false, Flash.read(flash)), flash);
    }

    /** Saves the edit form: every field of the scene, and its sequence (moved last into another one). */
    @POST
    public Response update(@RestPath("slug") Film film, @RestPath String key, @RestHeader("HX-Request") String hx,
            @BeanParam SceneInput input) {
        StructureEditor.requireScene(film, key);
        try {
            if (input.status == null || input.status.isBlank()) {
                // The page's select always sends one; the API may leave it out to keep the stored one.
                throw new Invalid("status", "is required: draft, researched or approved");
            }
            editor.updateScene(film, key, input);
        } catch (Invalid e) {
            StructureForms forms = StructureForms.refused(StructureForms.sceneId(key), input, e.errors);
            return Html.render(422, page(film, key, forms, Html.htmx(hx)));
        }
        if (Html.htmx(hx)) {
            return Html.render(200, page(film, key, StructureForms.none(), true));
        }
        return Html.seeOther("/films/" + film.slug + "/scenes/" + key, "Saved.");
    }

    /** Puts the scene at a 1-based place in its sequence, or in another one (up/down buttons, drag and drop). */
    @POST
    @Path("move")
    public Response move(@RestPath("slug") Film film, @RestPath String key, @RestHeader("HX-Request") String hx,
            @BeanParam Move move) {
        StructureEditor.requireScene(film, key);
        return StructureResource.written(film, hx, StructureForms.moveSceneId(key), "#scene-" + key, move, () -> {
            editor.moveScene(film, key, move.sequence, move.requiredPosition());
            return new Html.Done("#scene-" + key, "Moved the scene.");
        });
    }

    /** Places a testimony last in the scene's paper edit (fields testimony, version). */
    @POST
    @Path("testimonies")
    public Response placeTestimony(@RestPath("slug") Film film, @RestPath String key, @RestForm String testimony,
            @RestForm(TestimonyChoices.FIND) String words, @RestForm VersionRead version) {
        return paperEdit(film, key, words, () -> {
            FieldErrors errors = new FieldErrors();
            String chosen = TestimonyChoices.chosen(film, testimony, words, errors);
            errors.check();
            var t = paperEditor.place(film, key, chosen, VersionRead.of(version));
            return "Placed the testimony of " + t.person.name + " in the scene.";
        });
    }

    /** Takes a testimony out of the scene (field version). */
    @POST
    @Path("testimonies/{testimony}/remove")
    public Response removeTestimony(@RestPath("slug") Film film, @RestPath String key, @RestPath String testimony,
            @RestForm VersionRead version) {
        return paperEdit(film, key, null, () -> {
            var t = paperEditor.remove(film, key, testimony, VersionRead.of(version));
            return "Took the testimony of " + t.person.name + " out of the scene.";
        });
    }

    /** Moves a testimony one place up or down among the scene's bites (fields direction, version). */
    @POST
    @Path("testimonies/{testimony}/move")
    public Response moveTestimony(@RestPath("slug") Film film, @RestPath String key, @RestPath String testimony,
            @RestForm String direction, @RestForm VersionRead version) {
        return paperEdit(film, key, null, () -> {
            var t = paperEditor.move(film, key, testimony, direction, VersionRead.of(version));
            return "Moved the testimony of " + t.person.name + " " + direction + ".";
        });
    }

    /**
     * A change of the film's scene's paper edit (a 404 unless the film has the scene), giving its notice; refused, the
     * page comes back with the words its search box had.
     */
    private Response paperEdit(Film film, String key, String words, Supplier<String> change) {
        StructureEditor.requireScene(film, key);
        return Html.written(() -> {
            String notice = change.get();
            return new Html.Done("/films/" + film.slug + "/scenes/" + key + "#paper-edit", notice);
        }, errors -> page(film, ScenePage.of(StructureEditor.scene(film, key)).withPaperErrors(errors, words),
                StructureForms.none(), false, null));
    }

    @GET
    @Path("delete")
    public TemplateInstance confirmDeletion(@RestPath("slug") Film film, @RestPath String key) {
        Scene scene = StructureEditor.scene(film, key);
        String name = scene.number() + " " + scene.title;
        return StructureResource.Templates.deletion(film, "Delete scene " + name + "?",
                StructureResource.consequences(name, editor.sceneDeletion(film, key).describe(false)),
                "/films/" + film.slug + "/scenes/" + key + "/delete", scene.version, "/films/" + film.slug + "/scenes/" + key);
    }

    @POST
    @Path("delete")
    public Response delete(@RestPath("slug") Film film, @RestPath String key, @RestForm VersionRead version) {
        Scene scene = StructureEditor.scene(film, key);
        String name = "scene " + scene.number() + " " + scene.title;
        String sequence = scene.sequence.key;
        Deletion deletion = editor.deleteScene(film, key, VersionRead.of(version));
        return Html.seeOther(StructureResource.address(film, "#sequence-" + sequence),
                StructureResource.deleted(name, deletion.describe(false)));
    }

    /** The scene page with the new citation's form as it was refused (the citations' resource answers 422 with it). */
    public static TemplateInstance withCitationForm(Film film, Scene scene, Form citationForm) {
        return page(film, ScenePage.of(scene).withCitationForm(citationForm), StructureForms.none(), false, null);
    }

    /** The scene's page as stored, with these forms, after a write. */
    private static TemplateInstance page(Film film, String key, StructureForms forms, boolean fragment) {
        return page(film, ScenePage.of(StructureEditor.scene(film, key)), forms, fragment, null);
    }

    /** The scene's page, or (fragment) its #scene for htmx. */
    private static TemplateInstance page(Film film, ScenePage page, StructureForms forms, boolean fragment,
            String notice) {
        List<Sequence> sequences = Sequence.ofFilm(film);
        return fragment ? Templates.scene$scene(film, page, forms, sequences, SceneStatus.values())
                : Templates.scene(film, page, forms, sequences, SceneStatus.values(), notice);
    }
}
