package witness.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This installation's address as people outside it open it (https://witness.example.org), for links that leave the
 * browser — in e-mails and calendar subscriptions: {@code witness.public-url} when set (behind a proxy that
 * rewrites the host), else the address the request came to.
 */
@ApplicationScoped
public class PublicAddress {
    @ConfigProperty(name = "witness.public-url") Optional<String> configured;

    public String of(UriInfo request) {
        String base = configured.filter(u -> !u.isBlank()).orElse(request.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
