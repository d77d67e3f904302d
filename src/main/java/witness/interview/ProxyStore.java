package witness.interview;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import witness.web.KeptFiles;

/**
 * The proxies folder (witness.proxies-dir, by default proxies/ in the data folder): each proxy a file under a name
 * of its own that no upload chooses. A file comes and goes with its row: taken in before the transaction commits
 * and removed again if it rolls back; a replaced or deleted proxy's file removed once the change is committed.
 */
@ApplicationScoped
public class ProxyStore implements KeptFiles {
    private static final String RECEIVING = ".receiving-";
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.(mp4|m4a|webm|mp3)");

    @ConfigProperty(name = "witness.proxies-dir") Path folder;
    @ConfigProperty(name = "witness.proxies.max-size") MemorySize maxSize;
    @Inject TransactionSynchronizationRegistry transactions;

    @Override
    public String name() {
        return "proxies";
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<String> named(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select stored_name from clip_proxy order by stored_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Override
    public boolean validName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The largest proxy taken, in bytes. */
    public long maxBytes() {
        return maxSize.asLongValue();
    }

    /** A new empty file of the folder for a proxy being received, which {@link #keep} then takes. */
    Path part() {
        try {
            createFolder();
            return Files.createTempFile(folder, RECEIVING, ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the proxies folder " + folder, e);
        }
    }

    /** The proxy's file; null when its row names it otherwise than this store names files (a hand-made row). */
    Path file(ClipProxy proxy) {
        return validName(proxy.storedName) ? folder.resolve(proxy.storedName) : null;
    }

    /**
     * Moves (or copies) the uploaded file into the folder under a new name of the type's extension, readable by the
     * owner only; in the current transaction, which removes it again if it does not commit.
     */
    String keep(Path uploaded, String extension) {
        String name = UUID.randomUUID() + "." + extension;
        Path target = folder.resolve(name);
        try {
            createFolder();
            Files.move(uploaded, target, StandardCopyOption.REPLACE_EXISTING);
            ownersOnly(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the proxy in " + folder, e);
        }
        afterCompletion(committed -> {
            if (!committed) {
                delete(name);
            }
        });
        return name;
    }

    /** Removes the file once the transaction has committed (the row that named it gone). */
    void removeWhenCommitted(String name) {
        afterCompletion(committed -> {
            if (committed) {
                delete(name);
            }
        });
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> then) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                then.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private void delete(String name) {
        if (!validName(name)) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder, made its owner's only (rwx------) like the data folder, wherever it is. */
    private void createFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    /**
     * At start, the parts of uploads that a stopped instance was receiving are removed: those over a day old, as
     * another instance sharing the folder may be receiving one now.
     */
    void removeStaleParts(@Observes StartupEvent start) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(RECEIVING)).filter(f -> modifiedBefore(f, dayAgo))
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean modifiedBefore(Path file, Instant when) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(when);
        } catch (IOException e) {
            return false;
        }
    }

    private static void ownersOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
