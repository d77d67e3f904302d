package witness.benchmark;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import witness.security.Role;

/**
 * For bench/run only, and in its build only (bench/src, added by the pom's "bench" profile; the production jar
 * does not hold it): with {@code witness.benchmark.static-dir} set, the files of that folder under
 * /benchmark-static/, so that a page's saved HTML is served by the same server, through the same login and
 * headers, and the dynamic page can be measured against it. Producers only: the app's access rules know nothing
 * of this route, so it checks the role itself.
 */
@ApplicationScoped
public class BenchmarkStatic {

    public static final String PATH = "/benchmark-static/";

    @ConfigProperty(name = "witness.benchmark.static-dir")
    Optional<String> folder;

    void install(@Observes Router router) {
        folder.ifPresent(dir -> router.route(PATH + "*").handler(BenchmarkStatic::producersOnly).handler(StaticHandler
                .create(FileSystemAccess.ROOT, Path.of(dir).toAbsolutePath().toString())
                .setCachingEnabled(false).setFilesReadOnly(false).setDirectoryListing(false)));
    }

    private static void producersOnly(RoutingContext request) {
        if (request.user() instanceof QuarkusHttpUser user
                && user.getSecurityIdentity().hasRole(Role.PRODUCER.code())) {
            request.next();
        } else {
            request.response().setStatusCode(403).end("The benchmark's static pages are for a producer only.");
        }
    }
}
