package witness.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.security.identity.SecurityIdentity;
import witness.security.Role;

/** What the layout needs to know to offer the deleted items page: only producers restore. */
@TemplateGlobal
public class RestoreGlobals {

    static boolean mayRestore() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class);
        return identity.isAvailable() && identity.get().hasRole(Role.PRODUCER.code());
    }
}
