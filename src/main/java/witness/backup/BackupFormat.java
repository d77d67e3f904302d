package witness.backup;

/**
 * The layout of a backup zip: {@code manifest.json} first (format, schema version, when, the row count of every
 * table, the files of every kept folder), then {@code tables/<table>.jsonl}, one JSON object per row and per line,
 * in foreign-key order, then each kept folder's files as {@code <folder>/<file>} (e.g. {@code proxies/<uuid>.mp4}).
 */
final class BackupFormat {
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";
    static final String ROWS_SUFFIX = ".jsonl";
    /** Flyway's own table: its rows describe the schema, which the app that restores has already made. */
    static final String FLYWAY_TABLE = "flyway_schema_history";
    /** Every film's data hangs from this table: a database without rows in it and its dependents holds no film. */
    static final String FILM_TABLE = "film";
    static final String USER_TABLE = "witness_user";

    private BackupFormat() {
    }

    /** The entry of a kept folder's file. */
    static String file(String folder, String name) {
        return folder + "/" + name;
    }
}
