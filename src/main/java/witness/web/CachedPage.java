package witness.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A page whose HTML {@link RenderedPages} may keep and serve again until the next change: it shows only what
 * the database holds, the signed-in person, the request's address and cookies, and today's date. Not for
 * pages that show a background job's progress, the time of day, or a per-answer nonce (the print pages).
 */
@NameBinding
@Retention(RUNTIME)
@Target({ METHOD, TYPE })
public @interface CachedPage {
}
