package witness.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The CSRF cookie of quarkus-rest-csrf, read from the extension's own settings. */
@ApplicationScoped
public class CsrfCookie {
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String name;
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age", defaultValue = "2H") Duration maxAge;
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-path", defaultValue = "/") String path;
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-force-secure", defaultValue = "false") boolean secure;

    public String name() {
        return name;
    }

    /** The cookie as the extension renews it on every page it renders. */
    public NewCookie renewed(String token) {
        return new NewCookie.Builder(name).value(token).path(path).maxAge((int) maxAge.toSeconds()).httpOnly(true)
                .secure(secure).build();
    }
}
