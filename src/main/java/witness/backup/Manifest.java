package witness.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * What a backup holds: its format version, the Witness schema version (Flyway's) it was made at, when, from which
 * database, the number of rows of every table, in the order they are restored, and the files of every kept folder
 * (see {@link witness.web.KeptFiles}). A manifest written before backups carried files has no folders: it reads as
 * none.
 */
record Manifest(String application, int formatVersion, String schemaVersion, String createdAt, String database,
        List<TableRows> tables, List<KeptFolder> folders) {
    static final String APPLICATION = "Witness";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    Manifest {
        folders = folders == null ? List.of() : folders;
    }

    record TableRows(String name, long rows) {
    }

    /**
     * A kept folder's files in the zip: how many and their bytes in all; and the files its rows name that were not
     * on disk when the backup was made, which the zip lacks.
     */
    record KeptFolder(String name, long files, long bytes, List<String> missing) {
        KeptFolder {
            missing = missing == null ? List.of() : missing;
        }
    }

    long rows() {
        return tables.stream().mapToLong(TableRows::rows).sum();
    }

    long rowsOf(String table) {
        return tables.stream().filter(t -> t.name().equals(table)).mapToLong(TableRows::rows).sum();
    }

    long files() {
        return folders.stream().mapToLong(KeptFolder::files).sum();
    }

    /** The files left out because they were not on disk, as folder/name. */
    List<String> missing() {
        return folders.stream().flatMap(f -> f.missing().stream().map(name -> BackupFormat.file(f.name(), name)))
                .toList();
    }
}
