package witness.schedule;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.Html;
import witness.web.PublicAddress;

/**
 * A producer publishes a day's call sheet to the people it calls (/films/{slug}/schedules/{key}/days/{id}/links),
 * sends the links by e-mail (…/links/send) or withdraws one (…/links/{person}/withdraw); each answers 303 back to
 * the day's page, where the links are listed with who has confirmed.
 */
@Path("/films/{slug}/schedules/{key}/days/{id}/links")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CallSheetLinkResource {
    @Inject CallSheetLinks links;

    @POST
    public Response publish(@RestPath("slug") Film film, @RestPath String key, @RestPath long id) {
        int people = links.publish(film, key, id, Instant.now());
        return Html.seeOther(back(film, key, id), "Published the call sheet to " + people
                + (people == 1 ? " person" : " people") + ": each has a link of their own, not confirmed yet.");
    }

    @POST
    @Path("send")
    public Response send(@RestPath("slug") Film film, @RestPath String key, @RestPath long id) {
        CallSheetLinks.Sent sent = links.send(film, key, id, PublicAddress.base(), Instant.now());
        List<String> said = new ArrayList<>();
        if (!sent.sent().isEmpty()) {
            said.add("Sent the links to " + String.join(", ", sent.sent()) + ".");
        }
        if (!sent.noAddress().isEmpty()) {
            said.add("No e-mail address for " + String.join(", ", sent.noAddress()) + ": copy their links.");
        }
        if (!sent.failed().isEmpty()) {
            said.add("The mail server did not take the mail to " + String.join(", ", sent.failed())
                    + ": try again later or copy their links.");
        }
        return Html.seeOther(back(film, key, id), String.join(" ", said));
    }

    @POST
    @Path("{person}/withdraw")
    public Response withdraw(@RestPath("slug") Film film, @RestPath String key, @RestPath long id,
            @RestPath String person) {
        CallSheetLink link = links.withdraw(film, key, id, person, Instant.now());
        return Html.seeOther(back(film, key, id), "Withdrew the link of " + link.person.name
                + ": it opens nothing now. Publishing again gives them a new one.");
    }

    private static String back(Film film, String key, long id) {
        return "/films/" + film.slug + "/schedules/" + key + "/days/" + id + "#links";
    }
}
