package witness.backup;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table as the database describes it: its name in backups (lower case), its name in the database, its columns in
 * order, its primary key and the tables its foreign keys reference.
 */
record Table(String name, String sqlName, List<Column> columns, List<String> primaryKey, Set<String> references) {

    String entry() {
        return BackupFormat.TABLES + name + BackupFormat.ROWS_SUFFIX;
    }

    Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    String select(String quote) {
        return "select " + columns.stream().map(c -> quote + c.sqlName() + quote).collect(Collectors.joining(", "))
                + " from " + quote + sqlName + quote
                + (primaryKey.isEmpty() ? "" : " order by " + primaryKey.stream()
                        .map(k -> quote + column(k).sqlName() + quote).collect(Collectors.joining(", ")));
    }

    String insert(String quote) {
        return "insert into " + quote + sqlName + quote + " ("
                + columns.stream().map(c -> quote + c.sqlName() + quote).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** The single whole-number column of the primary key (id), or null. */
    Column numericKey() {
        if (primaryKey.size() != 1) {
            return null;
        }
        Column key = column(primaryKey.get(0));
        return key.kind() == ColumnKind.INTEGER ? key : null;
    }
}
