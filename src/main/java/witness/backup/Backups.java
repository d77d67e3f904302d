package witness.backup;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import witness.core.Film;
import witness.web.KeptFiles;
import witness.web.RenderedPages;

/**
 * Backs up the whole installation (its database and the files kept beside it) and restores a backup into an empty
 * one.
 */
@ApplicationScoped
public class Backups {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @Inject DataSource dataSource;
    @Inject Instance<KeptFiles> keptFiles;
    @Inject IdPools idPools;
    @Inject RenderedPages renderedPages;

    /** witness-backup-2026-05-20-143005.zip (UTC): names sort by time. */
    static String fileName(Instant at) {
        return "witness-backup-" + FILE_TIME.format(at) + ".zip";
    }

    /** The folders of files kept beside the database, in the order a backup holds them. */
    List<KeptFiles> kept() {
        return keptFiles.stream().sorted(Comparator.comparing(KeptFiles::name)).toList();
    }

    /**
     * Writes the whole database, as it is at this moment, and the files its rows name as a backup zip. A file that is
     * not on disk is left out and listed by the manifest (see {@link OpenedFiles}), and logged.
     */
    Manifest write(OutputStream out, Instant at) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            Manifest manifest = Snapshot.read(connection, () -> BackupWriter.write(connection, kept(), out, at));
            if (!manifest.missing().isEmpty()) {
                Log.warnf("The backup of %s lacks %d files that rows name and that are not on disk: %s", at,
                        manifest.missing().size(), String.join(", ", manifest.missing()));
            }
            return manifest;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        }
    }

    /** @throws BackupRefused with nothing changed, when the backup or this installation does not allow it */
    RestoredBackup restore(Path zip) {
        RestoredBackup restored;
        try (Connection connection = dataSource.getConnection()) {
            restored = BackupRestorer.restore(connection, zip, kept());
        } catch (SQLException e) {
            throw new IllegalStateException("The restore failed: " + e.getMessage(), e);
        } finally {
            // Also after a failure that came once the rows were committed (a file not renamed).
            idPools.forget();
            renderedPages.clear();
        }
        Log.infof("Restored the backup of %s: %d films, %d users, %d rows in %d tables, %d files",
                restored.createdAt(), restored.films(), restored.users(), restored.rows(), restored.tables(),
                restored.files());
        if (!restored.missingFiles().isEmpty()) {
            Log.warnf("The backup of %s lacked %d files that its rows name: %s", restored.createdAt(),
                    restored.missingFiles().size(), String.join(", ", restored.missingFiles()));
        }
        return restored;
    }

    /** The films of this installation: a restore needs it to have none. */
    List<String> films() {
        return Film.allByTitle().stream().map(f -> f.slug).toList();
    }

    String schemaVersion() {
        try (Connection connection = dataSource.getConnection()) {
            return Schema.version(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The schema version cannot be read: " + e.getMessage(), e);
        }
    }
}
