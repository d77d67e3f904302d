package witness.security;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.security.identity.SecurityIdentity;

/** What the layout shows of who is signed in. */
@TemplateGlobal
public class SignedIn {

    /** The signed-in user's name, or null when no one is signed in. */
    static String signedIn() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
