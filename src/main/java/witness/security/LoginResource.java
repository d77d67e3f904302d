package witness.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The login form (posting to Quarkus' /j_security_check) and logout. The session is the encrypted
 * quarkus-credential cookie: logging out removes it and ends every other session of the user too (a copy of the
 * cookie, another browser), by raising the user's session generation.
 */
@Path("/")
public class LoginResource {
    public static final String CREDENTIAL_COOKIE = "quarkus-credential";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, Integer pausedMinutes);
    }

    /** The form; after a refused login, why: a wrong password, or logins paused for a while (the cookie says). */
    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery String error, @RestCookie(PasswordLogin.PAUSED_COOKIE) String paused) {
        Integer minutes = error != null && paused != null && paused.matches("[0-9]{1,3}") ? Integer.valueOf(paused) : null;
        Response.ResponseBuilder page = Response.ok(Templates.login(error != null, minutes).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (paused != null) {
            page.cookie(new NewCookie.Builder(PasswordLogin.PAUSED_COOKIE).value("").path("/login").maxAge(0)
                    .httpOnly(true).build());
        }
        return page.build();
    }

    @Inject SecurityIdentity identity;

    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            QuarkusTransaction.requiringNew().run(() -> WitnessUser.endSessions(WitnessUser.usernameOf(identity)));
        }
        return Response.seeOther(URI.create("/"))
                .cookie(new NewCookie.Builder(CREDENTIAL_COOKIE).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }
}
