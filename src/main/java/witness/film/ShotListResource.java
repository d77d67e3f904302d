package witness.film;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.source.SourceChoices;
import witness.location.Location;
import witness.person.Person;
import witness.web.Move;
import witness.web.CachedPage;
import witness.web.Flash;
import witness.web.Html;
import witness.web.Option;
import witness.web.Invalid;
import witness.web.QueryString;
import witness.web.VersionRead;

/**
 * The shot list, /films/{slug}/shots, and its inline editing. Every write answers an htmx request
 * with the list (renumbered, totals updated) and a plain form post with a redirect; a refused
 * write answers with the form again, each message next to its field (422).
 */
@Path("/films/{slug}/shots")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ShotListResource {
    @Inject ShotEditor editor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shots(Film film, ShotList list, Filters filters, String notice);

        static native TemplateInstance shots$list(Film film, ShotList list, Filters filters);

        static native TemplateInstance editor(Film film, Editing editing, Pickers pickers);

        static native TemplateInstance shot(Film film, Editing editing, Pickers pickers);

        static native TemplateInstance deletion(Film film, Shot shot);
    }

    /** The filter of the page and the choices of its selects. */
    public record Filters(ShotList.Filter filter, List<Option> sequences, List<Option> scenes,
            List<Option> locations, List<Option> people, String query) {
        public ShotKind[] kinds() {
            return ShotKind.values();
        }

        public ShotStatus[] statuses() {
            return ShotStatus.values();
        }

        /** The filter alone, without the choices of the filter form's selects. */
        static Filters choosing(ShotList.Filter filter) {
            return new Filters(filter, List.of(), List.of(), List.of(), List.of(), filter.query());
        }

        /** The list under this filter, ready for a page number: "/films/x/shots?status=planned&page=". */
        public String pageLink(Film film) {
            return "/films/" + film.slug + "/shots?" + (query.isEmpty() ? "" : query + "&") + "page=";
        }
    }

    /** A shot form being filled: a new shot (key null) or an existing one, with the messages so far. */
    public record Editing(String key, String number, ShotInput input, Map<String, String> errors, String findSource) {
        Editing(String key, String number, ShotInput input) {
            this(key, number, input, Map.of(), "");
        }

        public String id() {
            return key == null ? "new-shot-" + input.scene : "shot-" + key;
        }

        /** The id of a field's control, e.g. shot-orenburg-1-source. */
        public String idOf(String field) {
            return id() + "-" + field;
        }

        /** The message of a field, or null. */
        public String error(String field) {
            return errors.get(field);
        }

        /** Seconds as a form shows them: 90 is 1:30. */
        public String seconds() {
            return input.secondsShown();
        }
    }

    @CachedPage
    @GET
    public Response shots(@RestPath("slug") Film film, @RestQuery String sequence, @RestQuery String scene,
            @RestQuery String kind, @RestQuery String status, @RestQuery String location,
            @RestQuery String interviewee, @RestQuery String q, @RestQuery String page,
            @RestHeader("HX-Request") String htmx, @RestHeader("HX-Current-URL") String current,
            @RestCookie(Flash.COOKIE) String flash) {
        ShotList.Filter filter = ShotList.Filter.of(film, sequence, scene, kind, status, location, interviewee, q);
        int number = QueryString.pageNumber(page);
        if (htmx != null) {
            return Response.ok(list(film, current)).build();
        }
        var shotList = Templates.shots(film, ShotList.page(film, filter, number), filters(film, filter),
                Flash.read(flash));
        return Html.withNotice(shotList, flash);
    }

    /** A shot's own address: the page of the shot list that shows it, at its row. */
    @GET
    @Path("{key}")
    public Response shot(@RestPath("slug") Film film, @RestPath String key) {
        return Response.seeOther(URI.create(address(film, ShotEditor.find(film, key)))).build();
    }

    @GET
    @Path("new")
    public TemplateInstance newShot(@RestPath("slug") Film film, @RestQuery String scene, @RestHeader("HX-Request") String htmx) {
        StructureEditor.scene(film, scene);
        return editor(film, new Editing(null, null, ShotInput.blank(scene)), htmx);
    }

    @GET
    @Path("{key}/edit")
    public TemplateInstance edit(@RestPath("slug") Film film, @RestPath String key, @RestHeader("HX-Request") String htmx) {
        Shot shot = ShotEditor.find(film, key);
        return editor(film, new Editing(key, shot.number(), ShotInput.of(shot)), htmx);
    }

    @POST
    public Response create(@RestPath("slug") Film film, @BeanParam ShotInput input,
            @RestForm(SourceChoices.FIND) String findSource, @RestHeader("HX-Request") String htmx,
            @RestHeader("HX-Current-URL") String page) {
        ShotForm shot = ShotForm.read(film, input, findSource);
        try {
            return saved(film, editor.create(film, shot.input(), shot.errors()), "Added shot %s.", htmx, page);
        } catch (Invalid e) {
            return refused(film, new Editing(null, null, shot.input(), e.errors, shot.findSource()), htmx);
        }
    }

    @POST
    @Path("{key}")
    public Response update(@RestPath("slug") Film film, @RestPath String key, @BeanParam ShotInput input,
            @RestForm(SourceChoices.FIND) String findSource, @RestHeader("HX-Request") String htmx,
            @RestHeader("HX-Current-URL") String page) {
        ShotForm shot = ShotForm.read(film, input, findSource);
        try {
            return saved(film, editor.update(film, key, shot.input(), shot.errors()), "Saved shot %s.", htmx, page);
        } catch (Invalid e) {
            String number = ShotEditor.find(film, key).number();
            return refused(film, new Editing(key, number, shot.input(), e.errors, shot.findSource()), htmx);
        }
    }

    @POST
    @Path("{key}/duplicate")
    public Response duplicate(@RestPath("slug") Film film, @RestPath String key, @RestHeader("HX-Request") String htmx,
            @RestHeader("HX-Current-URL") String page) {
        return saved(film, editor.duplicate(film, key), "Duplicated the shot as %s.", htmx, page);
    }

    /** Up, down, or dropped elsewhere: position (1-based) and optionally another scene. */
    @POST
    @Path("{key}/move")
    public Response move(@RestPath("slug") Film film, @RestPath String key, @BeanParam Move move,
            @RestHeader("HX-Request") String htmx, @RestHeader("HX-Current-URL") String page) {
        return saved(film, editor.move(film, key, move.scene, move.position()), "Moved shot %s.", htmx, page);
    }

    /** Drops a shot from the cut (drop) or brings it back (restore). */
    @POST
    @Path("{key}/{change:drop|restore}")
    public Response drop(@RestPath("slug") Film film, @RestPath String key, @RestPath String change,
            @RestHeader("HX-Request") String htmx, @RestHeader("HX-Current-URL") String page) {
        return saved(film, editor.setDropped(film, key, change.equals("drop")),
                change.equals("drop") ? "Dropped shot %s from the cut." : "Restored shot %s to the cut.", htmx, page);
    }

    /** Asks before deleting: the page a delete button leads to when no script asks first. */
    @GET
    @Path("{key}/delete")
    public TemplateInstance confirmDeletion(@RestPath("slug") Film film, @RestPath String key) {
        return Templates.deletion(film, ShotEditor.find(film, key));
    }

    @POST
    @Path("{key}/delete")
    public Response delete(@RestPath("slug") Film film, @RestPath String key, @RestForm VersionRead version,
            @RestHeader("HX-Request") String htmx, @RestHeader("HX-Current-URL") String page) {
        Shot shot = ShotEditor.find(film, key);
        String notice = "Deleted shot " + shot.number() + ".";
        String scene = "scene-" + shot.scene.key;
        editor.delete(film, key, VersionRead.of(version));
        if (htmx == null) {
            return Html.seeOther("/films/" + film.slug + "/shots", notice);
        }
        return Response.ok(list(film, page)).header(Flash.HEADER, Flash.header(notice)).header(Html.CHANGED, scene).build();
    }

    private TemplateInstance editor(Film film, Editing editing, String htmx) {
        Pickers pickers = Pickers.of(film, editing);
        return htmx != null ? Templates.editor(film, editing, pickers) : Templates.shot(film, editing, pickers);
    }

    /** htmx: the list as the page shows it now; a form post: back to the page, at the shot. */
    private Response saved(Film film, Shot shot, String notice, String htmx, String page) {
        String message = notice.formatted(shot.number());
        if (htmx == null) {
            return Html.seeOther(address(film, shot), message);
        }
        return Response.ok(list(film, page)).header(Flash.HEADER, Flash.header(message))
                .header(Html.CHANGED, "shot-" + shot.key).build();
    }

    private Response refused(Film film, Editing editing, String htmx) {
        return Response.status(422).entity(editor(film, editing, htmx))
                .header("HX-Retarget", "#" + editing.id()).header("HX-Reswap", "outerHTML").build();
    }

    /** The list under the filter, and at the page, of the page the user is on (htmx sends its URL). */
    private TemplateInstance list(Film film, String current) {
        Map<String, String> query = QueryString.parse(current);
        ShotList.Filter filter = ShotList.Filter.of(film, query);
        ShotList list = ShotList.page(film, filter, QueryString.pageNumber(query.get("page")));
        // The list's fragment reads only the filter (its pager's link), not the form's choices.
        return Templates.shots$list(film, list, Filters.choosing(filter));
    }

    /** The shot list's page that shows the shot, at its row. */
    private static String address(Film film, Shot shot) {
        int number = ShotList.pageNumberOf(film, shot.scene.sequence);
        return "/films/" + film.slug + "/shots" + (number > 1 ? "?page=" + number : "") + "#shot-" + shot.key;
    }

    /** The filter's choices; with a sequence chosen, only its scenes (and the scene chosen, should it be elsewhere). */
    private static Filters filters(Film film, ShotList.Filter filter) {
        List<Scene> scenes = filter.sequence() == null ? Scene.ofFilm(film)
                : Scene.list("from Scene sc join fetch sc.sequence where sc.sequence = ?1 or sc = ?2"
                        + " order by sc.sequence.position, sc.position", filter.sequence(), filter.scene());
        return new Filters(filter,
                Option.of(Sequence.ofFilm(film), q -> q.key, q -> q.number() + ". " + q.title,
                        q -> q.equals(filter.sequence())),
                Option.of(scenes, sc -> sc.key, sc -> sc.number() + " " + sc.title, sc -> sc.equals(filter.scene())),
                Option.of(Location.ofFilm(film), l -> l.key, l -> l.name, l -> l.equals(filter.location())),
                Option.of(Person.ofFilm(film), p -> p.key, p -> p.name, p -> p.equals(filter.interviewee())),
                filter.query());
    }
}
