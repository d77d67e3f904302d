package witness.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Qute;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The 403 answer to someone logged in without the role a request needs ({@link AccessPolicy}): JSON
 * for the API, an alert in the page's flash region for htmx, a page saying which role it needs
 * otherwise. The page stands alone (it is written before any resource runs, without the database).
 */
@ApplicationScoped
public class RefusalPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(Refusal refusal);
    }

    void install(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        Refusal refusal = context.get(Refusal.class.getName());
        if (refusal == null || !(context.failure() instanceof ForbiddenException) || context.response().ended()) {
            context.next();
            return;
        }
        var response = context.response().setStatusCode(403);
        if (context.request().path().startsWith("/api/")) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("message", refusal.message()).put("errors", new JsonObject()).encode());
        } else if (context.request().getHeader("HX-Request") != null) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").putHeader("HX-Retarget", "#flash")
                    .putHeader("HX-Reswap", "innerHTML")
                    .end(Qute.fmt("<p class=\"alert\" role=\"alert\">{message}</p>").contentType("text/html")
                            .data("message", refusal.message()).render());
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(Templates.refused(refusal).render());
        }
    }
}
