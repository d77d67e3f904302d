package witness.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This installation's address as people outside it open it (https://witness.example.org), for links that leave the
 * browser — call sheet links in e-mails, calendar subscriptions: {@code witness.public-url} (WITNESS_PUBLIC_URL)
 * when set, else the scheme and host the request being answered came to (behind a reverse proxy, pass them on:
 * X-Forwarded-Host and -Proto with quarkus.http.proxy.proxy-address-forwarding and enable-forwarded-host).
 */
public final class PublicAddress {
    private PublicAddress() {
    }

    /** "https://witness.example.org", without a slash at the end. */
    public static String base() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("witness.public-url", String.class)
                .filter(u -> !u.isBlank());
        String base = configured.orElseGet(() -> URI.create(Arc.container().instance(CurrentVertxRequest.class).get()
                .getCurrent().request().absoluteURI()).resolve("/").toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute address of a path of this installation ("/call/…"). */
    public static String of(String path) {
        return base() + path;
    }
}
