package witness.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one inline style block a print page may have (the print pages keep their CSS inside them, because the
 * same page becomes the PDF): the page asks for {@code styleNonce} and the Content-Security-Policy of that
 * answer allows a style block carrying it. A style block someone slipped into user text cannot know it.
 */
public class StyleNonce {
    private static final String KEY = "witness.style-nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The nonce of this answer (made on first use), or null outside a request, as when a PDF is made later. */
    @TemplateGlobal
    static String styleNonce() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext routing = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (routing == null) {
            return null;
        }
        String nonce = routing.get(KEY);
        if (nonce == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            routing.put(KEY, nonce);
        }
        return nonce;
    }

    /** The nonce a page of this answer asked for, if any. */
    static String of(RoutingContext routing) {
        return routing.get(KEY);
    }
}
