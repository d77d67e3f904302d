package witness.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;

/**
 * The absolute address of a calendar feed, as a page shows it to copy ({@code https://…/calendar/….ics}) and as
 * calendar apps open it to subscribe ({@code webcal://…}). There is no configured public address: it is the host and
 * scheme the page was asked for, so behind a reverse proxy the proxy must pass them on (X-Forwarded-Host and -Proto,
 * with quarkus.http.proxy.proxy-address-forwarding and enable-forwarded-host).
 */
public record FeedAddress(String address, String webcal) {

    /** The address of the path on the host of the request being answered. */
    public static FeedAddress of(String path) {
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        URI address = URI.create(current.request().absoluteURI()).resolve(path);
        return new FeedAddress(address.toString(), "webcal" + address.toString().substring(address.getScheme().length()));
    }
}
