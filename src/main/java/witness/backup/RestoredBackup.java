package witness.backup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * What a restore brought back. missingFiles (as folder/name) are files the restored rows name and the backup lacks:
 * they were not on disk when it was made, or it was made before backups held files.
 */
public record RestoredBackup(String createdAt, String schemaVersion, long films, long users, int tables, long rows,
        long files, List<String> missingFiles) {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

    /** When the backup was made, for people (2 March 2026, 10:15 UTC); as written when it is not an instant. */
    public String made() {
        try {
            return MOMENT.format(Instant.parse(createdAt).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException | NullPointerException e) {
            return createdAt;
        }
    }
}
