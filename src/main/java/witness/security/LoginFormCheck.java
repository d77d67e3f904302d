package witness.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * The login (Quarkus' POST /j_security_check) takes a form and nothing else: a body of another type (JSON, text,
 * none at all) is answered 400 with the reason before form login reads it; a form without j_username or j_password,
 * which form login lets through without an answer, is answered 400 after it.
 */
@ApplicationScoped
public class LoginFormCheck {
    static final String PATH = "/j_security_check";
    static final String REFUSAL = "Refused: the login takes a form (application/x-www-form-urlencoded) with j_username"
            + " and j_password.\n";
    /** After the cross-site check of every write (999), before the login reads the form (authentication, 200). */
    static final int PRIORITY = 998;
    /** After the login and the access check (100), before any resource. */
    static final int AFTER_LOGIN = 50;

    void register(@Observes Filters filters) {
        filters.register(LoginFormCheck::check, PRIORITY);
        filters.register(LoginFormCheck::incomplete, AFTER_LOGIN);
    }

    static void check(RoutingContext routing) {
        if (isLogin(routing) && !isForm(routing.request().getHeader("Content-Type"))) {
            refuse(routing);
            return;
        }
        routing.next();
    }

    /** Form login answers every form with both fields itself (a redirect): what comes here lacked one. */
    static void incomplete(RoutingContext routing) {
        if (isLogin(routing)) {
            refuse(routing);
            return;
        }
        routing.next();
    }

    private static boolean isLogin(RoutingContext routing) {
        return routing.request().method() == HttpMethod.POST && PATH.equals(routing.request().path());
    }

    private static void refuse(RoutingContext routing) {
        routing.response().setStatusCode(400).putHeader("Content-Type", "text/plain; charset=UTF-8").end(REFUSAL);
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data");
    }
}
