package witness.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who the session cookie names, read afresh from witness_user on every request: a new role counts at
 * once, and a disabled or removed user's session ends at once (its cookie is cleared, so that the
 * login page the browser is sent to opens). So does a session opened before the user last logged out or got a
 * new password: the cookie names the session generation it was opened in, which must be the user's current one.
 */
@ApplicationScoped
public class SessionLogin implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            SecurityIdentity identity = current(request.getPrincipal());
            if (identity == null) {
                if (http != null) {
                    http.response().addCookie(Cookie.cookie(LoginResource.CREDENTIAL_COOKIE, "").setPath("/")
                            .setMaxAge(0).setHttpOnly(true));
                    // Not form login's own challenge (a redirect) for the API: let ApiChallenge answer 401.
                    http.remove(HttpAuthenticationMechanism.class.getName());
                }
                throw new AuthenticationFailedException();
            }
            return identity;
        });
    }

    /** The user the cookie's principal ({@code username/generation}) names, if enabled and of this generation. */
    private static SecurityIdentity current(String principal) {
        int separator = principal == null ? -1 : principal.lastIndexOf(WitnessUser.GENERATION_SEPARATOR);
        if (separator < 1 || !principal.substring(separator + 1).matches("[0-9]{1,18}")) {
            return null;
        }
        String username = principal.substring(0, separator);
        long generation = Long.parseLong(principal.substring(separator + 1));
        return QuarkusTransaction.requiringNew().call(() -> WitnessUser.byUsername(username)
                .filter(u -> u.enabled && u.sessionGeneration == generation).map(WitnessUser::identity).orElse(null));
    }
}
