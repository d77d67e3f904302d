package witness.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestPath;
import witness.security.WitnessUser;
import witness.web.FeedAddress;
import witness.web.Flash;
import witness.web.Html;

/**
 * A calendar feed's address, /calendar/{token}.ics, open to whoever knows the token (calendar apps do not log in); and
 * /calendar, where a logged-in user finds, renews or stops their own feed.
 */
@Path("/calendar")
public class CalendarFeedResource {
    @Inject CalendarFeeds feeds;
    @Inject SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(FeedAddress address, String notice);
    }

    /** The feed; for anything but an active token a 404 that says nothing, not even whether the token ever was. */
    @GET
    @Path("{token}.ics")
    public Response feed(@RestPath String token) {
        return feeds.calendar(token).map(ics -> Response.ok(ics, ScheduleCalendar.MEDIA_TYPE))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND))
                .header("Cache-Control", "no-store").build();
    }

    /** The user's feed, if they made one ("Make an address"): a page read makes nothing. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response page(@RestCookie(Flash.COOKIE) String flash) {
        String me = me();
        String path = feeds.activeAddressOfUser(me).orElse(null);
        return Html.withNotice(Templates.calendar(path == null ? null : FeedAddress.of(path), Flash.read(flash)), flash);
    }

    @POST
    @Path("renew")
    public Response renew() {
        feeds.renewUser(me());
        return Html.seeOther("/calendar", "Your calendar has a new address: the old one shows nothing any more.");
    }

    @POST
    @Path("revoke")
    public Response revoke() {
        feeds.revokeUser(me());
        return Html.seeOther("/calendar", "Your calendar feed is stopped: its address shows nothing any more.");
    }

    private String me() {
        return WitnessUser.usernameOf(identity);
    }
}
