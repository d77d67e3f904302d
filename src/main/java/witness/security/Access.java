package witness.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * What the person making this request may see. Contact details and release forms are personal
 * data: only producers receive them, in pages, exports and API answers alike.
 */
@RequestScoped
public class Access {
    @Inject SecurityIdentity identity;

    public boolean personalData() {
        return identity.hasRole(Role.PRODUCER.code());
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.code());
    }
}
