package witness.security;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.security.identity.SecurityIdentity;

/** What the layout shows of who is signed in. */
@TemplateGlobal
public class SignedIn {
    /** The signed-in user's name, or null when no one is signed in. */
    static String signedIn() {
        SecurityIdentity identity = identity();
        return identity == null ? null : WitnessUser.usernameOf(identity);
    }

    /** Whether a producer is signed in: the header links to the users page for them. */
    static boolean signedInProducer() {
        SecurityIdentity identity = identity();
        return identity != null && identity.hasRole(Role.PRODUCER.code());
    }

    private static SecurityIdentity identity() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? null : identity;
    }
}
