package witness.benchmark;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For bench/run only, off unless {@code witness.benchmark.static-dir} is set: the files of that folder under
 * /benchmark-static/, so that a page's saved HTML is served by the same server, through the same login and
 * headers, and the dynamic page can be measured against it. Producers only ({@code AccessRules}).
 */
@ApplicationScoped
public class BenchmarkStatic {

    public static final String PATH = "/benchmark-static/";

    @ConfigProperty(name = "witness.benchmark.static-dir")
    Optional<String> folder;

    void install(@Observes Router router) {
        folder.ifPresent(dir -> router.route(PATH + "*").handler(StaticHandler
                .create(FileSystemAccess.ROOT, Path.of(dir).toAbsolutePath().toString())
                .setCachingEnabled(false).setFilesReadOnly(false).setDirectoryListing(false)));
    }
}
