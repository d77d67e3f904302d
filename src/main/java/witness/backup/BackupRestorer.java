package witness.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import witness.web.KeptFiles;
import witness.web.ZipAllowance;

/**
 * Restores a backup zip into an empty installation in one transaction: the zip and its manifest are checked first
 * (readable, a Witness backup of this schema version, exactly this database's tables), then the installation
 * (no film), then the users and audit rows of the installation are deleted and every table's rows inserted in
 * foreign-key order, and every sequence is moved past the highest id restored; the kept folders' files are
 * extracted beside their own and take their names once the transaction has committed ({@link RestoredFiles}). Any
 * fault rolls all of it back and deletes what was extracted.
 */
final class BackupRestorer {
    /** Tables whose rows are a film's only when these columns say so: a user's calendar feed is the installation's. */
    private static final java.util.Map<String, String> OF_A_FILM = java.util.Map.of("calendar_feed",
            " where person_id is not null");

    private static final int BATCH = 500;
    private static final JsonFactory JSON = new JsonFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    /** A manifest is a few kilobytes; past this it is not one. */
    static final int MAX_MANIFEST_BYTES = 1024 * 1024;

    private final Connection connection;
    private final Schema schema;
    private final ZipAllowance allowance;

    private BackupRestorer(Connection connection, Schema schema, ZipAllowance allowance) {
        this.allowance = allowance;
        this.connection = connection;
        this.schema = schema;
    }

    /** @throws BackupRefused when the backup or the installation does not allow it; nothing is changed then */
    static RestoredBackup restore(Connection connection, Path file, List<KeptFiles> kept) throws SQLException {
        try (ZipFile zip = open(file)) {
            ZipAllowance allowance = new ZipAllowance(Files.size(file), Long.MAX_VALUE);
            Schema schema = Schema.of(connection);
            Manifest manifest = manifest(zip, allowance);
            String version = Schema.version(connection);
            if (!manifest.schemaVersion().equals(version)) {
                throw BackupRefused.unfit("The backup is of Witness schema version " + manifest.schemaVersion()
                        + " and this Witness is at version " + version + ": restore it with the Witness version that"
                        + " made it (then upgrade), or make the backup again with this one.");
            }
            checkTables(zip, manifest, schema);
            RestoredFiles files = RestoredFiles.checked(zip, manifest, kept);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                BackupRestorer restorer = new BackupRestorer(connection, schema, allowance);
                restorer.checkEmpty();
                restorer.deleteAll();
                for (Table table : schema.tables) {
                    restorer.insert(zip, table, manifest.rowsOf(table.name()));
                }
                restorer.moveSequences();
                files.extract(connection, allowance);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                // Before autocommit is set back, which would commit what was written.
                try {
                    connection.rollback();
                } finally {
                    files.discard();
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            files.moveIn();
            return new RestoredBackup(manifest.createdAt(), version, manifest.rowsOf(BackupFormat.FILM_TABLE),
                    manifest.rowsOf(BackupFormat.USER_TABLE), manifest.tables().size(), manifest.rows(),
                    files.files(), files.missing());
        } catch (ZipAllowance.Exceeded e) {
            throw BackupRefused.unfit("The backup is refused: " + e.getMessage() + ", which no backup Witness writes"
                    + " does (is it a zip bomb?).");
        } catch (IOException e) {
            throw BackupRefused.unreadable("The file cannot be read as a zip: " + e.getMessage());
        }
    }

    private static ZipFile open(Path file) {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw BackupRefused.unreadable("The file is not a zip, or it is damaged or cut short (" + e.getMessage()
                    + "): it is not a Witness backup as it was downloaded.");
        } catch (IOException e) {
            throw BackupRefused.unreadable("The file cannot be read: " + e.getMessage());
        }
    }

    private static Manifest manifest(ZipFile zip, ZipAllowance allowance) throws IOException {
        ZipEntry entry = zip.getEntry(BackupFormat.MANIFEST);
        if (entry == null) {
            throw BackupRefused.unfit("The zip has no " + BackupFormat.MANIFEST + ": it is not a Witness backup.");
        }
        byte[] bytes;
        try (CheckedInputStream in = new CheckedInputStream(allowance.counted(zip.getInputStream(entry)), new CRC32())) {
            bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw BackupRefused.unfit(BackupFormat.MANIFEST + " is larger than 1 MB: it is not a Witness backup's.");
            }
            checkSum(in, entry);
        } catch (ZipException e) {
            throw BackupRefused.unreadable("The zip is damaged: " + e.getMessage());
        }
        Manifest manifest;
        try {
            manifest = Manifest.JSON.readValue(bytes, Manifest.class);
        } catch (IOException e) {
            throw BackupRefused.unfit(BackupFormat.MANIFEST + " cannot be read: " + e.getMessage());
        }
        if (!Manifest.APPLICATION.equals(manifest.application())) {
            throw BackupRefused.unfit(BackupFormat.MANIFEST + " does not say it is a Witness backup.");
        }
        if (manifest.formatVersion() != BackupFormat.VERSION) {
            throw BackupRefused.unfit("The backup is in format " + manifest.formatVersion() + "; this Witness reads"
                    + " format " + BackupFormat.VERSION + ".");
        }
        if (manifest.schemaVersion() == null || manifest.tables() == null
                || manifest.tables().stream().anyMatch(t -> t == null || t.name() == null || t.rows() < 0)) {
            throw BackupRefused.unfit(BackupFormat.MANIFEST + " lacks the schema version or a table's name or rows.");
        }
        return manifest;
    }

    /** The backup holds exactly the tables of this database, each in its file and counted by the manifest. */
    private static void checkTables(ZipFile zip, Manifest manifest, Schema schema) {
        Set<String> counted = new TreeSet<>();
        for (Manifest.TableRows table : manifest.tables()) {
            if (!counted.add(table.name())) {
                throw BackupRefused.unfit(BackupFormat.MANIFEST + " names table " + table.name() + " twice.");
            }
        }
        Set<String> files = new TreeSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(BackupFormat.TABLES) && name.endsWith(BackupFormat.ROWS_SUFFIX)) {
                files.add(name.substring(BackupFormat.TABLES.length(),
                        name.length() - BackupFormat.ROWS_SUFFIX.length()));
            }
        }
        Set<String> here = new TreeSet<>();
        schema.tables.forEach(t -> here.add(t.name()));
        Set<String> missing = new TreeSet<>(here);
        missing.removeAll(files);
        Set<String> unknown = new TreeSet<>(files);
        unknown.addAll(counted);
        unknown.removeAll(here);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw BackupRefused.unfit("The backup does not hold the tables of this Witness."
                    + (missing.isEmpty() ? "" : " Missing: " + String.join(", ", missing) + ".")
                    + (unknown.isEmpty() ? "" : " Unknown here: " + String.join(", ", unknown) + "."));
        }
        Set<String> uncounted = new TreeSet<>(here);
        uncounted.removeAll(counted);
        if (!uncounted.isEmpty()) {
            throw BackupRefused.unfit(BackupFormat.MANIFEST + " does not count the rows of "
                    + String.join(", ", uncounted) + ".");
        }
    }

    /** Empty: no film, so nothing in the film table nor in any table that leads to it. */
    private void checkEmpty() throws SQLException {
        List<String> films = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select " + column(BackupFormat.FILM_TABLE, "slug") + " from "
                        + sql(BackupFormat.FILM_TABLE) + " order by 1")) {
            while (rs.next()) {
                films.add(rs.getString(1));
            }
        }
        if (!films.isEmpty()) {
            throw BackupRefused.notEmpty("Witness restores a backup only into an empty installation, and this one"
                    + " holds " + (films.size() == 1 ? "the film " : films.size() + " films: ")
                    + String.join(", ", films.subList(0, Math.min(films.size(), 5)))
                    + (films.size() > 5 ? "…" : "") + ". Restore into a new installation: a new WITNESS_DATA_DIR (or"
                    + " an empty PostgreSQL database) started with WITNESS_DOSSIER_DIR naming a folder without"
                    + " research/, so that it starts without a film; or use the restore command.");
        }
        for (String name : new TreeSet<>(schema.filmTables())) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select count(*) from " + sql(name)
                            + OF_A_FILM.getOrDefault(name, ""))) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw BackupRefused.notEmpty("Witness restores a backup only into an empty installation, and"
                            + " this one holds rows in table " + name + ".");
                }
            }
        }
    }

    /** The installation's own rows (its users, their history) give way to the backup's. */
    private void deleteAll() throws SQLException {
        List<Table> reversed = new ArrayList<>(schema.tables);
        Collections.reverse(reversed);
        try (Statement statement = connection.createStatement()) {
            for (Table table : reversed) {
                statement.executeUpdate("delete from " + schema.quoted(table.sqlName()));
            }
        }
    }

    private void insert(ZipFile zip, Table table, long expected) throws SQLException, IOException {
        String file = table.entry();
        List<Column> columns = table.columns();
        long rows = 0;
        ZipEntry entry = zip.getEntry(file);
        try (CheckedInputStream in = new CheckedInputStream(allowance.counted(zip.getInputStream(entry)), new CRC32());
                JsonParser json = JSON.createParser(in);
                PreparedStatement insert = connection.prepareStatement(table.insert(schema.quote))) {
            int batched = 0;
            int firstLine = 0;
            int line = 0;
            for (JsonToken token; (token = next(json, file)) != null; ) {
                line = json.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    throw BackupRefused.unfit(file + " line " + line + ": a row is a JSON object.");
                }
                BitSet seen = new BitSet(columns.size());
                Object[] values = new Object[columns.size()];
                JsonToken field;
                while ((field = next(json, file)) == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    Column column = table.column(name);
                    if (column == null) {
                        throw BackupRefused.unfit(file + " line " + line + ": table " + table.name()
                                + " has no column '" + name + "'.");
                    }
                    int index = columns.indexOf(column);
                    next(json, file);
                    try {
                        values[index] = column.kind().read(json);
                    } catch (StreamConstraintsException e) {
                        throw BackupRefused.unfit(file + " line " + line + ": column '" + name + "' is longer than"
                                + " a backup's values can be (" + e.getOriginalMessage() + ").");
                    } catch (ColumnKind.BadValue e) {
                        throw BackupRefused.unfit(file + " line " + line + ": column '" + name + "' " + e.getMessage()
                                + ".");
                    }
                    seen.set(index);
                }
                if (field != JsonToken.END_OBJECT) {
                    throw BackupRefused.unfit(file + " line " + line + ": the row is cut short.");
                }
                if (seen.cardinality() < columns.size()) {
                    int missing = seen.nextClearBit(0);
                    throw BackupRefused.unfit(file + " line " + line + ": no value for column '"
                            + columns.get(missing).name() + "'.");
                }
                for (int i = 0; i < columns.size(); i++) {
                    try {
                        columns.get(i).kind().bind(insert, i + 1, values[i], columns.get(i).sqlType());
                    } catch (ColumnKind.BadValue e) {
                        throw BackupRefused.unfit(file + " line " + line + ": column '" + columns.get(i).name() + "' "
                                + e.getMessage() + ".");
                    }
                }
                insert.addBatch();
                if (batched++ == 0) {
                    firstLine = line;
                }
                rows++;
                if (batched == BATCH) {
                    execute(insert, file, firstLine, line);
                    batched = 0;
                }
            }
            if (batched > 0) {
                execute(insert, file, firstLine, line);
            }
            checkSum(in, entry);
        }
        if (rows != expected) {
            throw BackupRefused.unfit(file + " holds " + rows + " rows where " + BackupFormat.MANIFEST + " counts "
                    + expected + ".");
        }
    }

    /** Zip readers do not check what they inflate: a changed byte would restore a changed value. */
    static void checkSum(CheckedInputStream in, ZipEntry entry) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
        if (entry.getCrc() != -1 && in.getChecksum().getValue() != entry.getCrc()) {
            throw BackupRefused.unreadable("The zip is damaged: " + entry.getName() + " does not match its checksum.");
        }
    }

    private static JsonToken next(JsonParser json, String file) throws IOException {
        try {
            return json.nextToken();
        } catch (JsonProcessingException e) {
            // Also what passes Jackson's bounds: a number of thousands of digits, nesting a thousand deep.
            throw BackupRefused.unfit(file + " line " + json.currentLocation().getLineNr() + ": not valid JSON ("
                    + e.getOriginalMessage() + ").");
        } catch (ZipException e) {
            throw BackupRefused.unreadable("The zip is damaged in " + file + ": " + e.getMessage());
        }
    }

    private static void execute(PreparedStatement insert, String file, int firstLine, int lastLine) {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            throw BackupRefused.unfit(file + (firstLine == lastLine ? " line " + firstLine
                    : " lines " + firstLine + "–" + lastLine) + ": the database refused a row: " + reason(e));
        }
    }

    /** The database's own words, without the statement it quotes. */
    private static String reason(SQLException e) {
        SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null
                ? e.getNextException() : e;
        String message = String.valueOf(cause.getMessage());
        int statement = message.indexOf("; SQL statement:");
        return (statement > 0 ? message.substring(0, statement) : message).strip();
    }

    /** Every sequence restarts past the highest id of its table (or of every table, when it has none). */
    private void moveSequences() throws SQLException {
        long highestOfAll = 0;
        Set<String> numbered = new HashSet<>();
        Map<String, Long> highest = new HashMap<>();
        for (Table table : schema.tables) {
            Column key = table.numericKey();
            if (key != null) {
                long max = max(table, key);
                highest.put(table.name(), max);
                numbered.add(table.name());
                highestOfAll = Math.max(highestOfAll, max);
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (Schema.Sequence sequence : schema.sequences) {
                long past = sequence.table().filter(numbered::contains).map(highest::get).orElse(highestOfAll);
                statement.execute("alter sequence " + schema.quoted(sequence.sqlName()) + " restart with "
                        + (past + Math.max(1, sequence.increment())));
            }
        }
    }

    private long max(Table table, Column key) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select max(" + schema.quoted(key.sqlName()) + ") from "
                        + schema.quoted(table.sqlName()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String sql(String table) {
        return schema.quoted(schema.table(table).orElseThrow().sqlName());
    }

    private String column(String table, String column) {
        return schema.quoted(schema.table(table).orElseThrow().column(column).sqlName());
    }
}
