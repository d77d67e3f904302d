package witness.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * What a backup holds: its format version, the Witness schema version (Flyway's) it was made at, when, from which
 * database, and the number of rows of every table, in the order they are restored.
 */
record Manifest(String application, int formatVersion, String schemaVersion, String createdAt, String database,
        List<TableRows> tables) {
    static final String APPLICATION = "Witness";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record TableRows(String name, long rows) {
    }

    long rows() {
        return tables.stream().mapToLong(TableRows::rows).sum();
    }

    long rowsOf(String table) {
        return tables.stream().filter(t -> t.name().equals(table)).mapToLong(TableRows::rows).sum();
    }
}
