package witness.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.security.WitnessUser;
import witness.web.Html;

/**
 * A schedule's published versions ({@code /films/{slug}/schedules/{key}/versions}): publish the schedule as its next
 * version (producers), and what changed from one version to another.
 */
@Path("/films/{slug}/schedules/{key}/versions")
@Produces(MediaType.TEXT_HTML)
public class ScheduleVersionResource {
    @Inject ScheduleVersions versions;
    @Inject SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(Film film, ScheduleComparison comparison);
    }

    /** Publishes the schedule as the version {@code expected} (the number the page offered); 409 when it is not next. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath("slug") Film film, @RestPath String key, @RestForm Integer expected) {
        ScheduleVersion version = versions.publish(film, key, expected, WitnessUser.usernameOf(identity));
        return Html.seeOther("/films/" + film.slug + "/schedules/" + key + "#versions", "Published version "
                + version.number + " of " + version.schedule.name + ": its call sheets and calendar now say so.");
    }

    @GET
    @Path("{a}/compare/{b}")
    public TemplateInstance compare(@RestPath("slug") Film film, @RestPath String key, @RestPath int a,
            @RestPath int b) {
        return Templates.compare(film, versions.compare(film, key, a, b));
    }
}
