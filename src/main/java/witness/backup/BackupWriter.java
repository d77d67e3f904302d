package witness.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import witness.web.KeptFiles;

/**
 * Writes every table of a database to a backup zip, row after row: nothing of a table is held in memory but the row
 * being written; then the files of every kept folder that the rows name, streamed from disk ({@link OpenedFiles}
 * says what becomes of a file that is not there). The caller gives a connection whose transaction sees one snapshot
 * of the database (see {@link Snapshot}), so that the counts of the manifest and the rows agree, every reference
 * finds its row, and the files are those the rows name.
 */
final class BackupWriter {
    private static final int FETCH_SIZE = 200;
    private static final JsonFactory JSON = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private BackupWriter() {
    }

    static Manifest write(Connection connection, List<KeptFiles> kept, OutputStream out, Instant createdAt)
            throws SQLException, IOException {
        List<OpenedFiles> files = new ArrayList<>();
        try {
            for (KeptFiles folder : kept) {
                files.add(OpenedFiles.of(folder, connection));
            }
            return writeOpened(connection, files, out, createdAt);
        } finally {
            for (OpenedFiles opened : files) {
                opened.close();
            }
        }
    }

    private static Manifest writeOpened(Connection connection, List<OpenedFiles> files, OutputStream out,
            Instant createdAt) throws SQLException, IOException {
        Schema schema = Schema.of(connection);
        List<Manifest.TableRows> counts = new ArrayList<>();
        for (Table table : schema.tables) {
            counts.add(new Manifest.TableRows(table.name(), count(connection, schema, table)));
        }
        Manifest manifest = new Manifest(Manifest.APPLICATION, BackupFormat.VERSION, Schema.version(connection),
                createdAt.toString(), schema.database, counts, files.stream().map(OpenedFiles::counted).toList());
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
        zip.write(Manifest.JSON.writeValueAsBytes(manifest));
        zip.closeEntry();
        for (Table table : schema.tables) {
            zip.putNextEntry(new ZipEntry(table.entry()));
            long rows = writeRows(connection, schema, table, zip);
            zip.closeEntry();
            if (rows != manifest.rowsOf(table.name())) {
                throw new IllegalStateException("Table " + table.name() + " changed while it was backed up: the"
                        + " connection does not read one snapshot");
            }
        }
        // Audio and video hardly compress: the fastest level spares the processor.
        zip.setLevel(Deflater.BEST_SPEED);
        for (OpenedFiles opened : files) {
            opened.write(zip);
        }
        zip.finish();
        return manifest;
    }

    private static long count(Connection connection, Schema schema, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + schema.quoted(table.sqlName()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long writeRows(Connection connection, Schema schema, Table table, OutputStream out)
            throws SQLException, IOException {
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(table.select(schema.quote));
                    JsonGenerator json = JSON.createGenerator(out)) {
                json.setRootValueSeparator(new SerializedString("\n"));
                List<Column> columns = table.columns();
                while (rs.next()) {
                    json.writeStartObject();
                    for (int i = 0; i < columns.size(); i++) {
                        json.writeFieldName(columns.get(i).name());
                        columns.get(i).kind().write(rs, i + 1, json);
                    }
                    json.writeEndObject();
                    rows++;
                }
                if (rows > 0) {
                    json.writeRaw('\n');
                }
            }
        }
        return rows;
    }
}
