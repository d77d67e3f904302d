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
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.web.Move;
import witness.web.CachedPage;
import witness.web.Flash;
import witness.web.Html;
import witness.web.Invalid;
import witness.web.QueryString;
import witness.web.Texts;
import witness.web.VersionRead;

/**
 * The film's structure: its sequences and their scenes, in order, and the forms that shape them.
 * Every write answers a plain form post with 303 to this page and an htmx request with the
 * fragment {@code #structure}; refused input re-renders the form with its messages (422).
 */
@Path("/films/{slug}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class StructureResource {
    @Inject StructureEditor editor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance structure(Film film, Structure structure, StructureForms forms, String notice);

        static native TemplateInstance structure$structure(Film film, Structure structure, StructureForms forms);

        static native TemplateInstance deletion(Film film, String heading, String consequences, String action,
                long version, String cancel);
    }

    /** The structure, or of a long film the page of whole sequences asked for ({@code ?page=2}). */
    @CachedPage
    @GET
    public Response structure(@RestPath("slug") Film film, @RestQuery String page,
            @RestCookie(Flash.COOKIE) String flash) {
        StructureForms forms = StructureForms.none();
        Structure structure = Structure.page(film, forms, QueryString.pageNumber(page));
        return Html.withNotice(Templates.structure(film, structure, forms, Flash.read(flash)), flash);
    }

    /** A sequence's own address: the page of the structure that shows it, at it (or at its scene {@code ?scene=}). */
    @GET
    @Path("sequences/{key}")
    public Response sequence(@RestPath("slug") Film film, @RestPath String key, @RestQuery String scene) {
        Sequence sequence = StructureEditor.sequence(film, key);
        boolean atScene = scene != null
                && Scene.byKey(film, scene).filter(s -> s.sequence.id.equals(sequence.id)).isPresent();
        return Response.seeOther(URI.create(address(film, atScene ? "#scene-" + scene : "#sequence-" + key))).build();
    }

    @POST
    @Path("sequences")
    public Response createSequence(@RestPath("slug") Film film, @RestHeader("HX-Request") String hx,
            @BeanParam SequenceInput input) {
        return written(film, hx, StructureForms.newSequenceId(), "", input, () -> {
            Sequence sequence = editor.createSequence(film, input);
            return new Html.Done("#sequence-" + sequence.key,
                    "Added the sequence " + sequence.number() + ". " + sequence.title + ".");
        });
    }

    /** Renames the sequence or changes its period or synopsis; its place stays. */
    @POST
    @Path("sequences/{key}")
    public Response updateSequence(@RestPath("slug") Film film, @RestPath String key, @RestHeader("HX-Request") String hx,
            @BeanParam SequenceInput input) {
        return sequenceWritten(film, key, hx, StructureForms.sequenceId(key), input, "Saved the sequence.",
                () -> editor.updateSequence(film, key, input));
    }

    /** Puts the sequence at a 1-based place (up/down buttons and drag and drop); the others renumber. */
    @POST
    @Path("sequences/{key}/move")
    public Response moveSequence(@RestPath("slug") Film film, @RestPath String key, @RestHeader("HX-Request") String hx,
            @BeanParam Move move) {
        return sequenceWritten(film, key, hx, StructureForms.moveSequenceId(key), move, "Moved the sequence.",
                () -> editor.moveSequence(film, key, move.requiredPosition()));
    }

    /** Adds a scene to the sequence, last unless a position is given. */
    @POST
    @Path("sequences/{key}/scenes")
    public Response createScene(@RestPath("slug") Film film, @RestPath String key, @RestHeader("HX-Request") String hx,
            @BeanParam SceneInput input) {
        StructureEditor.requireSequence(film, key);
        input.sequence = key;
        return written(film, hx, StructureForms.newSceneId(key), "#sequence-" + key, input, () -> {
            Scene scene = editor.createScene(film, input);
            return new Html.Done("#scene-" + scene.key, "Added the scene " + scene.number() + " " + scene.title + ".");
        });
    }

    @GET
    @Path("sequences/{key}/delete")
    public TemplateInstance confirmSequenceDeletion(@RestPath("slug") Film film, @RestPath String key) {
        Sequence sequence = StructureEditor.sequence(film, key);
        String name = nameOf(sequence);
        return Templates.deletion(film, "Delete " + name + "?",
                consequences(name, editor.sequenceDeletion(film, key).describe(true)),
                "/films/" + film.slug + "/sequences/" + key + "/delete", sequence.version, sequence.path());
    }

    @POST
    @Path("sequences/{key}/delete")
    public Response deleteSequence(@RestPath("slug") Film film, @RestPath String key, @RestForm VersionRead version) {
        Sequence sequence = StructureEditor.sequence(film, key);
        String name = nameOf(sequence);
        Deletion deletion = editor.deleteSequence(film, key, VersionRead.of(version));
        return Html.seeOther("/films/" + film.slug, deleted(name, deletion.describe(true)));
    }

    /** "Deleting 2.3 Arrival also deletes 5 shots, 2 citations." */
    static String consequences(String name, String described) {
        return "nothing else".equals(described) ? "Deleting " + name + " deletes nothing else."
                : "Deleting " + name + " also deletes " + described + ".";
    }

    static String deleted(String name, String described) {
        String what = Texts.capitalized(name);
        return "nothing else".equals(described) ? "Deleted " + what + "."
                : "Deleted " + what + ", and with it " + described + ".";
    }

    private static String nameOf(Sequence sequence) {
        return "sequence " + sequence.number() + ". " + sequence.title;
    }

    /** A write to one of the film's sequences: a 404 unless it has it, then {@link #written}, back at the sequence. */
    private static Response sequenceWritten(Film film, String key, String hx, String formId, Object input,
            String notice, Runnable write) {
        StructureEditor.requireSequence(film, key);
        return written(film, hx, formId, "#sequence-" + key, input, () -> {
            write.run();
            return new Html.Done("#sequence-" + key, notice);
        });
    }

    /**
     * After a write: htmx swaps in the page of the structure that shows the anchor's sequence or scene (and the
     * address bar says which), a browser follows the redirect to it.
     */
    static Response changed(Film film, String hx, String anchor, String notice) {
        if (Html.htmx(hx)) {
            StructureForms forms = StructureForms.none();
            Structure structure = Structure.showing(film, forms, sequenceAt(film, anchor));
            return Response.fromResponse(Html.render(200, Templates.structure$structure(film, structure, forms)))
                    .header(Flash.HEADER, Flash.header(notice))
                    .header(Html.CHANGED, anchor.startsWith("#") ? anchor.substring(1) : null)
                    .header("HX-Replace-Url", pageAddress(film, structure.page().number())).build();
        }
        return Html.seeOther(address(film, anchor), notice);
    }

    /**
     * A write of the structure: done, {@link #changed} with the anchor on this page and the notice the write gives;
     * refused, {@link #refused} with the form of this id filled with the input sent, on the page of the place it
     * is at (an anchor, as {@link #address}'s).
     */
    static Response written(Film film, String hx, String formId, String place, Object input,
            Supplier<Html.Done> write) {
        Html.Done done;
        try {
            done = write.get();
        } catch (Invalid e) {
            return refused(film, hx, StructureForms.refused(formId, input, e.errors), place);
        }
        return changed(film, hx, done.page(), done.notice());
    }

    /** Refused input: the form again with its messages, in the page or (htmx) in the fragment. */
    static Response refused(Film film, String hx, StructureForms forms, String place) {
        Structure structure = Structure.showing(film, forms, sequenceAt(film, place));
        return Html.render(422, Html.htmx(hx) ? Templates.structure$structure(film, structure, forms)
                : Templates.structure(film, structure, forms, null));
    }

    /**
     * The address of the structure's page that shows this anchor's sequence ("#sequence-key") or scene
     * ("#scene-key"), at it; any other anchor is on the last page, where a new sequence goes.
     */
    static String address(Film film, String anchor) {
        return pageAddress(film, Structure.pageNumberShowing(film, sequenceAt(film, anchor))) + anchor;
    }

    private static String pageAddress(Film film, int number) {
        return "/films/" + film.slug + (number > 1 ? "?page=" + number : "");
    }

    /** The sequence of the anchor's sequence ("#sequence-key") or scene ("#scene-key"), if it names one. */
    private static Optional<Sequence> sequenceAt(Film film, String anchor) {
        if (anchor.startsWith("#sequence-")) {
            return Sequence.byKey(film, anchor.substring("#sequence-".length()));
        } else if (anchor.startsWith("#scene-")) {
            return Scene.byKey(film, anchor.substring("#scene-".length())).map(s -> s.sequence);
        }
        return Optional.empty();
    }
}
