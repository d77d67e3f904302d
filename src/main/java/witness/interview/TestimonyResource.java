package witness.interview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.person.Person;
import witness.source.Source;
import witness.source.SourceChoices;
import witness.web.CachedPage;
import witness.web.FieldErrors;
import witness.web.Flash;
import witness.web.Form;
import witness.web.Forms;
import witness.web.Html;
import witness.web.ListPage;
import witness.web.QueryString;
import witness.web.Texts;
import witness.web.VersionRead;

/**
 * The film's testimonies ({@code /films/{slug}/testimonies}): every quotation with its speaker, where it
 * comes from and the scenes it is placed in; and the form that enters one from a written source.
 */
@Path("/films/{slug}/testimonies")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TestimonyResource {
    static final String FORM_ID = "new-testimony", EDIT_ID = "edit-testimony";
    static final List<String> FIELDS = List.of("person", "source", "page", "interview", "timecodeIn", "timecodeOut",
            "clip", "clipIn", "clipOut", "text");

    @Inject TranscriptEditor editor;


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance testimonies(Film film, TestimonyList list, String pageLink, Form form,
                List<Person> people, List<Source> sources, boolean findSources, List<Interview> interviews,
                List<Clip> clips, String notice);

        static native TemplateInstance testimony(Film film, Testimony testimony, Form form, List<Person> people,
                List<Source> sources, boolean findSources, List<Interview> interviews, List<Clip> clips,
                List<String> uses);

        static native TemplateInstance deletion(Film film, Testimony testimony, List<String> uses);
    }

    @CachedPage
    @GET
    public Response testimonies(@RestPath("slug") Film film, @RestQuery String person, @RestQuery String q,
            @RestQuery String page, @RestCookie(Flash.COOKIE) String flash, @Context UriInfo uri) {
        TestimonyList.Filter filter = new TestimonyList.Filter(Texts.blankToNull(person), QueryString.words(q));
        TestimonyList list = TestimonyList.of(film, filter, QueryString.pageNumber(page));
        return Html.withNotice(page(film, list, ListPage.link(uri), Forms.none().form(FORM_ID, Map.of(), FIELDS),
                Flash.read(flash)), flash);
    }

    @POST
    public Response create(@RestPath("slug") Film film, @BeanParam TestimonyInput input) {
        return Html.written(() -> {
            FieldErrors errors = new FieldErrors();
            input.source = SourceChoices.chosen(film, input.source, input.findSource, errors);
            Testimony made = editor.create(film, input, errors);
            return new Html.Done(TestimonyList.address(made),
                    "Added the testimony of " + made.person.name + " (" + made.key + ").");
        }, errors -> page(film, TestimonyList.of(film, TestimonyList.Filter.NONE, 1), "?page=",
                Forms.refused(FORM_ID, input, errors).form(FORM_ID, Map.of(), FIELDS), null));
    }

    /** A testimony's own page: its fields to correct, where it is used, and the way to delete it. */
    @GET
    @Path("{key}")
    public TemplateInstance testimony(@RestPath("slug") Film film, @RestPath String key) {
        Testimony t = TranscriptEditor.testimony(film, key);
        return edit(film, t, Forms.none().filled(EDIT_ID, TestimonyInput.of(t), t.version, FIELDS));
    }

    @POST
    @Path("{key}")
    public Response update(@RestPath("slug") Film film, @RestPath String key, @BeanParam TestimonyInput input) {
        return Html.written(() -> {
            FieldErrors errors = new FieldErrors();
            input.source = SourceChoices.chosen(film, input.source, input.findSource, errors);
            Testimony saved = editor.update(film, key, input, errors);
            return new Html.Done(TestimonyList.address(saved),
                    "Saved the testimony of " + saved.person.name + " (" + saved.key + ").");
        }, errors -> edit(film, TranscriptEditor.testimony(film, key),
                Forms.refused(EDIT_ID, input, errors).form(EDIT_ID, Map.of(), FIELDS)));
    }

    @GET
    @Path("{key}/delete")
    public TemplateInstance confirmDeletion(@RestPath("slug") Film film, @RestPath String key) {
        return Templates.deletion(film, TranscriptEditor.testimony(film, key), editor.uses(film, key));
    }

    @POST
    @Path("{key}/delete")
    public Response delete(@RestPath("slug") Film film, @RestPath String key, @RestForm VersionRead version) {
        String who = TranscriptEditor.testimony(film, key).person.name;
        List<String> uses = editor.delete(film, key, VersionRead.of(version));
        return Html.seeOther("/films/" + film.slug + "/testimonies", "Deleted the testimony of " + who
                + " (" + key + ")" + (uses.isEmpty() ? "." : "; it was " + String.join("; ", uses) + "."));
    }

    private TemplateInstance edit(Film film, Testimony t, Form form) {
        boolean findSources = SourceChoices.searched(film);
        List<Source> sources = SourceChoices.offered(film, findSources, form.value("source"),
                form.value(SourceChoices.FIND));
        return Templates.testimony(film, t, form, Person.ofFilm(film), sources, findSources, Interview.ofFilm(film),
                Clip.ofFilm(film), editor.uses(film, t.key));
    }

    private static TemplateInstance page(Film film, TestimonyList list, String pageLink, Form form, String notice) {
        boolean findSources = SourceChoices.searched(film);
        List<Source> sources = SourceChoices.offered(film, findSources, form.value("source"),
                form.value(SourceChoices.FIND));
        return Templates.testimonies(film, list, pageLink, form, Person.ofFilm(film), sources, findSources,
                Interview.ofFilm(film), Clip.ofFilm(film), notice);
    }
}
