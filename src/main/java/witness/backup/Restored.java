package witness.backup;

/** What a restore brought back. */
public record Restored(String createdAt, String schemaVersion, long films, long users, int tables, long rows) {
}
