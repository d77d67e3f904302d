package witness.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestPath;
import witness.web.FeedAddress;
import witness.web.Flash;
import witness.web.Html;

/**
 * A person's own call sheet, opened from their personal link without logging in (/call/{token}), with "Got it"
 * (POST /call/{token}/got-it). A link that does not open — unknown, withdrawn, expired — shows a page that says so
 * and nothing of the production (404).
 */
@Path("/call/{token}")
@Produces(MediaType.TEXT_HTML)
public class PersonalCallSheetResource {
    @Inject CallSheetLinks links;
    @Inject ScheduleVersions versions;
    @Inject CalendarFeeds feeds;

    /** The person's part of the sheet: their link and call, their calendar feed, a notice. */
    public record Personal(CallSheetLink link, ShootDayCall call, FeedAddress feed, String notice) {
        /** Whether the day changed since the sheet was published to them. */
        public boolean changed() {
            return link.changedSince();
        }

        public String gotItPath() {
            return link.path() + "/got-it";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gone();
    }

    @GET
    public Response sheet(@RestPath String token, @RestCookie(Flash.COOKIE) String flash) {
        Optional<CallSheetLink> found = CallSheetLink.open(token, Instant.now());
        if (found.isEmpty()) {
            return Html.render(404, Templates.gone());
        }
        CallSheetLink link = found.get();
        ShootDay day = link.day;
        ShootDayCall call = day.calls.stream().filter(c -> c.person.id.equals(link.person.id)).findFirst()
                .orElse(null);
        if (call == null) {
            // taken off the day since: their link shows nothing of it (CallEditor withdraws it too)
            return Html.render(404, Templates.gone());
        }
        CallSheet sheet = CallSheet.of(day, false);
        FeedAddress feed = feeds.activeAddressOf(link.person).map(FeedAddress::of).orElse(null);
        Personal personal = new Personal(link, call, feed, Flash.read(flash));
        return Html.withNotice(CallSheetResource.Templates.sheet(sheet, versions.published(day).orElse(null), false,
                java.time.LocalDate.now(), personal), flash);
    }

    @POST
    @Path("got-it")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response gotIt(@RestPath String token) {
        if (CallSheetLink.open(token, Instant.now()).isEmpty()) {
            return Html.render(404, Templates.gone());
        }
        CallSheetLink link = links.confirm(token, Instant.now());
        return Html.seeOther(link.path(), "Thank you: the production office can see that you have read it.");
    }
}
