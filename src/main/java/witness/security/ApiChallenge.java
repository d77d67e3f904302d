package witness.security;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * How someone not logged in is asked to: the JSON API answers 401 with a Basic challenge (scripts send
 * a username and password with each call), an htmx request is told to load /login, and every other page
 * falls through to form login, which redirects to /login. Browsers are never shown a Basic prompt for a
 * page. This mechanism authenticates no one itself; it only answers first.
 */
@ApplicationScoped
public class ApiChallenge implements HttpAuthenticationMechanism {
    static final String REALM = "Witness";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.request().path().startsWith("/api/")) {
            return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                    "WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\""));
        }
        if (context.request().getHeader("HX-Request") != null) {
            return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                    Map.<CharSequence, String>of("HX-Redirect", "/login")));
        }
        return Uni.createFrom().nullItem();
    }

    /** Above Basic (2000) and form (1000): it answers for the API before form login would redirect. */
    @Override
    public int getPriority() {
        return 3000;
    }
}
