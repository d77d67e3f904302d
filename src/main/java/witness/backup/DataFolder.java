package witness.backup;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data folder (the H2 database, its lock and trace files, what a restore leaves) is its owner's only: at
 * each start the folder is made rwx------ and every file in it rw-------, whatever the umask made them, so that
 * other accounts on the machine read neither the film nor the users' password hashes.
 */
@ApplicationScoped
class DataFolder {
    @ConfigProperty(name = "witness.data-dir") Path dataDir;

    void ownersOnly(@Observes StartupEvent start) {
        if (!Files.isDirectory(dataDir) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.filter(path -> !Files.isSymbolicLink(path)).forEach(DataFolder::ownersOnly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ownersOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make " + path + " its owner's only", e);
        }
    }
}
