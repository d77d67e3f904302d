package witness.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * Enforces {@link AccessRules} on every request, pages, API, static files and /q alike. Someone not
 * logged in is sent to /login (a page) or answered 401 (the API, see {@link ApiChallenge}); someone
 * logged in without the role gets 403 and a message naming the role it needs ({@link Refusal}).
 */
@ApplicationScoped
public class AccessPolicy implements HttpSecurityPolicy {

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        String method = request.request().method().name();
        AccessRules.Rule rule = AccessRules.decide(method, request.request().path());
        if (rule.open()) {
            return CheckResult.permit();
        }
        return identity.map(who -> {
            if (who.isAnonymous()) {
                return CheckResult.DENY;
            }
            if (Arrays.stream(Role.values()).anyMatch(r -> rule.roles().contains(r) && who.hasRole(r.code()))) {
                return CheckResult.PERMIT;
            }
            request.put(Refusal.class.getName(), new Refusal(rule, who, method));
            return CheckResult.DENY;
        });
    }
}
