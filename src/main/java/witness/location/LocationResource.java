package witness.location;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import witness.core.Film;
import witness.web.CachedPage;
import witness.web.Flash;
import witness.web.Html;
import witness.web.Uploads;
import witness.web.VersionRead;

/**
 * Places to film, or that the film depicts: the list (filtered by its statuses) with the
 * form that adds one, and each location's page with what is filmed there, its photos and its forms.
 */
@Path("/films/{slug}/locations")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class LocationResource {
    private static final Uploads.FileField PHOTO = new Uploads.FileField("photo",
            "is required: choose a photo (JPEG, PNG or WebP, at most 5 MB)", LocationPhoto.MAX_BYTES,
            LocationEditor::tooBig);

    @Inject LocationEditor editor;
    @Inject Event<LocationShown> shown;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance locations(Film film, List<Location> locations, LocationFilter filter,
                LocationForms forms, String notice);

        static native TemplateInstance location(Film film, LocationPage page, LocationForms forms, String notice);

        static native TemplateInstance deletion(Film film, Location location, LocationDeletion deletion);
    }

    @CachedPage
    @GET
    public Response locations(@RestPath("slug") Film film, @BeanParam LocationFilter filter,
            @RestCookie(Flash.COOKIE) String flash) {
        return Html.withNotice(Templates.locations(film, filter.apply(film), filter, LocationForms.none(),
                Flash.read(flash)), flash);
    }

    @POST
    public Response create(@RestPath("slug") Film film, @BeanParam LocationInput input) {
        return Html.written(() -> {
            Location location = editor.create(film, input);
            return new Html.Done(pageOf(film.slug, location.key), "Added the location " + location.name + ".");
        }, errors -> {
            LocationFilter filter = new LocationFilter();
            return Templates.locations(film, filter.apply(film), filter,
                    LocationForms.refused(LocationForms.NEW, input, errors), null);
        });
    }

    @CachedPage
    @GET
    @Path("{key}")
    public Response location(@RestPath("slug") Film film, @RestPath String key, @RestCookie(Flash.COOKIE) String flash) {
        return Html.withNotice(page(film, key, LocationForms.none(), Flash.read(flash)), flash);
    }

    @POST
    @Path("{key}")
    public Response update(@RestPath("slug") Film film, @RestPath String key, @BeanParam LocationInput input) {
        return Html.written(() -> {
            Location location = editor.update(film, key, input);
            return new Html.Done(pageOf(film.slug, key), "Saved the location " + location.name + ".");
        }, errors -> page(film, key, LocationForms.refused(LocationForms.EDIT, input, errors), null));
    }

    @GET
    @Path("{key}/delete")
    public TemplateInstance confirmDeletion(@RestPath("slug") Film film, @RestPath String key) {
        Location location = LocationEditor.find(film, key);
        return Templates.deletion(film, location, editor.deletion(film, key));
    }

    @POST
    @Path("{key}/delete")
    public Response delete(@RestPath("slug") Film film, @RestPath String key, @RestForm VersionRead version) {
        LocationEditor.find(film, key);
        LocationDeletion deletion = editor.delete(film, key, VersionRead.of(version));
        return Html.seeOther("/films/" + film.slug + "/locations",
                "Deleted the location " + deletion.name() + ". " + deletion.describe());
    }

    // ---- photos

    @POST
    @Path("{key}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadPhoto(@RestPath("slug") Film film, @RestPath String key, @RestForm("photo") FileUpload photo,
            @RestForm String caption) {
        LocationEditor.find(film, key);
        Map<String, String> values = new HashMap<>();
        if (caption != null) {
            values.put("caption", caption);
        }
        return Uploads.written(photo, PHOTO, content -> {
            LocationPhoto stored = editor.addPhoto(film, key, photo.fileName(), content, caption);
            return new Html.Done(pageOf(film.slug, key) + "#photos", "Added the photo " + stored.fileName + ".");
        }, errors -> page(film, key, LocationForms.refused(LocationForms.PHOTO, values, errors), null));
    }

    @GET
    @Path("{key}/photos/{id}")
    @Produces({ "image/jpeg", "image/png", "image/webp", MediaType.TEXT_PLAIN })
    public Response photo(@RestPath("slug") Film film, @RestPath String key, @RestPath long id) {
        LocationPhoto photo = LocationEditor.findPhoto(film, key, id);
        return Response.ok(photo.content).type(photo.contentType).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600").build();
    }

    @POST
    @Path("{key}/photos/{id}/delete")
    public Response deletePhoto(@RestPath("slug") Film film, @RestPath String key, @RestPath long id) {
        LocationPhoto photo = editor.deletePhoto(film, key, id);
        return Html.seeOther(pageOf(film.slug, key) + "#photos", "Deleted the photo " + photo.fileName + ".");
    }

    // ----

    private TemplateInstance page(Film film, String key, LocationForms forms, String notice) {
        return Templates.location(film, LocationPage.of(LocationEditor.find(film, key), shown), forms, notice);
    }

    static String pageOf(String slug, String key) {
        return "/films/" + slug + "/locations/" + key;
    }
}
