package witness.person;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.person.PersonInput.ContactInput;
import witness.security.Access;
import witness.web.CachedPage;
import witness.web.Flash;
import witness.web.Html;

/**
 * Everyone the film touches, with their relation to the subject; a page per person with their
 * interviews, testimonies and scenes, and the forms that change them. Contact details are personal
 * data: only producers see their section or may post to it (403 for anyone else); so is the address of the person's
 * calendar feed, which producers alone see here.
 */
@Path("/films/{slug}/people")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PersonResource {
    @Inject PersonEditor editor;
    @Inject Access access;
    @Inject Appearances.Finder appearances;
    @Inject PersonFeed.Finder feeds;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(Film film, List<Person> people);

        static native TemplateInstance person(Film film, Person person, Appearances page, PersonForms forms,
                boolean personalData,
                PersonContact contact, PersonFeed feed, String notice);

        static native TemplateInstance create(Film film, PersonForms forms);
    }

    @CachedPage
    @GET
    public TemplateInstance people(@RestPath("slug") Film film) {
        return Templates.people(film, Person.ofFilm(film));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm(@RestPath("slug") Film film) {
        return Templates.create(film, PersonForms.none());
    }

    @POST
    public Response create(@RestPath("slug") Film film, @BeanParam PersonInput input) {
        return Html.written(() -> {
            Person person = editor.create(film, input);
            return new Html.Done(pageOf(film.slug, person.key), "Added " + person.name + ".");
        }, errors -> Templates.create(film, PersonForms.refused(PersonForms.NEW, input, errors)));
    }

    @CachedPage
    @GET
    @Path("{key}")
    public Response person(@RestPath("slug") Film film, @RestPath String key, @RestCookie(Flash.COOKIE) String flash) {
        TemplateInstance page = page(film, key, PersonForms.none(), Flash.read(flash));
        return Html.withNotice(page, flash);
    }

    @POST
    @Path("{key}")
    public Response update(@RestPath("slug") Film film, @RestPath String key, @BeanParam PersonInput input) {
        return Html.written(() -> {
            Person person = editor.update(film, key, input);
            return new Html.Done(pageOf(film.slug, key), "Saved " + person.name + ".");
        }, errors -> page(film, key, PersonForms.refused(PersonForms.EDIT, input, errors), null));
    }

    @POST
    @Path("{key}/contact")
    public Response updateContact(@RestPath("slug") Film film, @RestPath String key, @BeanParam ContactInput input) {
        Person person = PersonEditor.find(film, key);
        if (!access.personalData()) {
            throw new ForbiddenException("Contact details are personal data: only producers may change them.");
        }
        return Html.written(() -> {
            editor.updateContact(film, key, input);
            return new Html.Done(pageOf(film.slug, key) + "#contact", "Saved the contact details of " + person.name + ".");
        }, errors -> page(film, key, PersonForms.refused(PersonForms.CONTACT, input, errors), null));
    }

    private TemplateInstance page(Film film, String key, PersonForms forms, String notice) {
        Person person = PersonEditor.find(film, key);
        boolean personal = access.personalData();
        return Templates.person(film, person, appearances.of(person), forms, personal,
                personal ? editor.contactFor(person) : null, personal ? feeds.of(person) : null, notice);
    }

    static String pageOf(String slug, String key) {
        return "/films/" + slug + "/people/" + key;
    }
}
