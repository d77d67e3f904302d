package witness.backup;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import witness.core.Film;
import witness.web.RenderedPages;

/** Backs up the whole installation and restores a backup into an empty one. */
@ApplicationScoped
public class Backups {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @Inject DataSource dataSource;
    @Inject IdPools idPools;
    @Inject RenderedPages renderedPages;

    /** witness-backup-2026-05-20-143005.zip (UTC): names sort by time. */
    static String fileName(Instant at) {
        return "witness-backup-" + FILE_TIME.format(at) + ".zip";
    }

    /** Writes the whole database, as it is at this moment, as a backup zip. */
    Manifest write(OutputStream out, Instant at) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            return Snapshot.read(connection, () -> BackupWriter.write(connection, out, at));
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
            restored = BackupRestorer.restore(connection, zip);
        } catch (SQLException e) {
            throw new IllegalStateException("The restore failed: " + e.getMessage(), e);
        }
        idPools.forget();
        renderedPages.clear();
        Log.infof("Restored the backup of %s: %d films, %d users, %d rows in %d tables", restored.createdAt(),
                restored.films(), restored.users(), restored.rows(), restored.tables());
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
