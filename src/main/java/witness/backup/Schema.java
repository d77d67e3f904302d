package witness.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationVersion;
import witness.film.Sequence;

/**
 * The tables of the database as JDBC metadata describes them, so that a table added by a later migration is backed up
 * and restored without a change here: every table of the schema but Flyway's, in foreign-key order (a table comes
 * after every table it references), with the database's sequences.
 */
final class Schema {
    final List<Table> tables;
    final List<Sequence> sequences;
    final String quote;
    final String database;

    private Schema(List<Table> tables, List<Sequence> sequences, String quote, String database) {
        this.tables = tables;
        this.sequences = sequences;
        this.quote = quote;
        this.database = database;
    }

    static Schema of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, String> names = new TreeMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String name = rs.getString("TABLE_NAME");
                if (("TABLE".equals(type) || "BASE TABLE".equals(type))
                        && !lower(name).equals(BackupFormat.FLYWAY_TABLE)) {
                    names.put(lower(name), name);
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            tables.put(name.getKey(), table(meta, catalog, schema, name.getKey(), name.getValue()));
        }
        String quote = meta.getIdentifierQuoteString().trim();
        return new Schema(inForeignKeyOrder(tables), sequences(connection, schema), quote,
                meta.getDatabaseProductName());
    }

    private static Table table(DatabaseMetaData meta, String catalog, String schema, String name, String sqlName)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        String escape = meta.getSearchStringEscape();
        String pattern = sqlName.replace("_", escape + "_").replace("%", escape + "%");
        try (ResultSet rs = meta.getColumns(catalog, schema, pattern, "%")) {
            Map<Integer, Column> byPosition = new TreeMap<>();
            while (rs.next()) {
                if (!rs.getString("TABLE_NAME").equals(sqlName)) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME");
                int type = rs.getInt("DATA_TYPE");
                String typeName = rs.getString("TYPE_NAME");
                ColumnKind kind = ColumnKind.of(type, typeName).orElseThrow(() -> new IllegalStateException(
                        "Backups do not know the type " + typeName + " of column " + name + "." + lower(column)));
                byPosition.put(rs.getInt("ORDINAL_POSITION"), new Column(lower(column), column, type, typeName, kind));
            }
            columns.addAll(byPosition.values());
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, sqlName)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        Set<String> references = new TreeSet<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, sqlName)) {
            while (rs.next()) {
                references.add(lower(rs.getString("PKTABLE_NAME")));
            }
        }
        references.remove(name);
        return new Table(name, sqlName, List.copyOf(columns), List.copyOf(key.values()), references);
    }

    /** Kahn's sort, alphabetical among the tables ready at each step, so the order is the same every time. */
    private static List<Table> inForeignKeyOrder(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        TreeMap<String, Table> waiting = new TreeMap<>(tables);
        while (!waiting.isEmpty()) {
            Optional<Table> ready = waiting.values().stream()
                    .filter(t -> t.references().stream().allMatch(r -> placed.contains(r) || !tables.containsKey(r)))
                    .findFirst();
            if (ready.isEmpty()) {
                throw new IllegalStateException("The foreign keys of these tables form a cycle: " + waiting.keySet());
            }
            ordered.add(ready.get());
            placed.add(ready.get().name());
            waiting.remove(ready.get().name());
        }
        return List.copyOf(ordered);
    }

    private static List<Sequence> sequences(Connection connection, String schema) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select sequence_name, increment"
                + " from information_schema.sequences where sequence_schema = ? order by sequence_name")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    // PostgreSQL gives the increment as text, H2 as a number.
                    sequences.add(new Sequence(rs.getString(1), Long.parseLong(rs.getString(2).trim())));
                }
            }
        }
        return List.copyOf(sequences);
    }

    /** A sequence and its step: Hibernate hands out the ids of {@code (value - increment, value]} in one go. */
    record Sequence(String sqlName, long increment) {
        /** The table it numbers, by Hibernate's naming (film_seq numbers film), if that table exists. */
        Optional<String> table() {
            String name = lower(sqlName);
            return name.endsWith("_seq") ? Optional.of(name.substring(0, name.length() - 4)) : Optional.empty();
        }
    }

    Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The film table and every table whose foreign keys lead to it: the rows that make a film. */
    Set<String> filmTables() {
        Set<String> film = new HashSet<>(Set.of(BackupFormat.FILM_TABLE));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Table t : tables) {
                if (!film.contains(t.name()) && t.references().stream().anyMatch(film::contains)) {
                    film.add(t.name());
                    grew = true;
                }
            }
        }
        return film;
    }

    String quoted(String sqlName) {
        return quote + sqlName + quote;
    }

    /** The highest version Flyway has applied: the Witness schema version a backup belongs to. */
    static String version(Connection connection) throws SQLException {
        MigrationVersion current = null;
        try (Statement statement = connection.createStatement();
                // Flyway names its table and columns in quotes, in lower case, on H2 as on PostgreSQL.
                ResultSet rs = statement.executeQuery("select \"version\" from \"" + BackupFormat.FLYWAY_TABLE
                        + "\" where \"success\" = true and \"version\" is not null")) {
            while (rs.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
                if (current == null || version.compareTo(current) > 0) {
                    current = version;
                }
            }
        }
        if (current == null) {
            throw new IllegalStateException("The database has no schema version: Flyway has not migrated it");
        }
        return current.getVersion();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
