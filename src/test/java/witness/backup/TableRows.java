package witness.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Every row of every table as JDBC reads it, in primary-key order, to compare two databases row by row. Bytes are
 * compared whole; a failure shows their length and first bytes rather than megabytes of a photo.
 */
final class TableRows {
    private TableRows() {
    }

    static Map<String, List<List<Object>>> of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }

    static Map<String, List<List<Object>>> of(Connection connection) throws SQLException {
        Schema schema = Schema.of(connection);
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        for (Table table : schema.tables) {
            List<List<Object>> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(table.select(schema.quote))) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        row.add(value instanceof byte[] bytes ? new Bytes(bytes) : value);
                    }
                    rows.add(row);
                }
            }
            tables.put(table.name(), rows);
        }
        return tables;
    }

    /** Bytes equal by content. */
    record Bytes(byte[] content) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes b && Arrays.equals(content, b.content);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return content.length + " bytes " + HexFormat.of().formatHex(content, 0, Math.min(16, content.length))
                    + "…";
        }
    }
}
