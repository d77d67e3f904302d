package witness.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.person.Person;
import witness.person.PersonEditor;
import witness.web.Html;

/** A producer renews or stops a person's calendar feed from the person's page (see {@link CalendarFeeds}). */
@Path("/films/{slug}/people/{key}/calendar-feed")
public class PersonFeedResource {
    @Inject CalendarFeeds feeds;

    @POST
    @Path("renew")
    @Transactional
    public Response renew(@RestPath("slug") Film film, @RestPath String key) {
        Person person = PersonEditor.find(film, key);
        feeds.renew(person);
        return Html.seeOther(person.path() + "#calendar-feed", "Made a new calendar address for " + person.name
                + ": give it to them; any older one shows nothing any more.");
    }

    @POST
    @Path("revoke")
    @Transactional
    public Response revoke(@RestPath("slug") Film film, @RestPath String key) {
        Person person = PersonEditor.find(film, key);
        feeds.revoke(person);
        return Html.seeOther(person.path() + "#calendar-feed", "Stopped the calendar feed of " + person.name
                + ": its address shows nothing any more.");
    }
}
