package witness.history;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.CachedPage;
import witness.web.Flash;
import witness.web.Html;

/**
 * The film's deleted items (/films/{slug}/deleted), and restoring one: producers only. A restore answers
 * with the restored item's page, or 409 saying why it cannot be restored.
 */
@Path("/films/{slug}/deleted")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("producer")
public class DeletedResource {
    @Inject DeletedItems deletedItems;
    @Inject Restorer restorer;
    @Inject Kinds kinds;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deleted(Film film, List<DeletedItems.Group> groups, String notice);
    }

    @CachedPage
    @GET
    public Response deleted(@RestPath("slug") Film film, @RestCookie(Flash.COOKIE) String flash) {
        return Html.withNotice(Templates.deleted(film, deletedItems.of(film), Flash.read(flash)), flash);
    }

    @POST
    @Path("{kind}/{id}/restore")
    public Response restore(@RestPath("slug") Film film, @RestPath String kind, @RestPath long id) {
        Kind restorable = kinds.byCode(kind).orElseThrow(() -> new NotFoundException("'" + kind
                + "' is not a kind of item that can be restored: " + String.join(", ",
                        kinds.listed().stream().map(Kind::code).toList()) + "."));
        Restorer.Restored restored = restorer.restore(film, restorable, id);
        return Html.seeOther(restored.page(), restored.message());
    }
}
