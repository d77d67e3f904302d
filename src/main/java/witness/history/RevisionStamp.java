package witness.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import org.hibernate.envers.RevisionListener;
import witness.security.WitnessUser;

/**
 * Signs each revision with the name of whoever made the change: the signed-in user of the HTTP request,
 * "anonymous" for a request without one, {@link Revision#SYSTEM} outside requests (start-up, commands).
 * Envers creates this listener itself, so it looks the request's beans up rather than having them injected.
 */
public class RevisionStamp implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).username = who();
    }

    static String who() {
        if (!Arc.container().requestContext().isActive() || !inHttpRequest()) {
            return Revision.SYSTEM;
        }
        InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class);
        if (!identity.isAvailable() || identity.get().isAnonymous()) {
            return "anonymous";
        }
        String name = WitnessUser.usernameOf(identity.get());
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    private static boolean inHttpRequest() {
        InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class);
        return request.isAvailable() && request.get().getCurrent() != null;
    }
}
