package witness.backup;

/** A column of a table: its name in backups (lower case), its name in the database, its JDBC type and kind. */
record Column(String name, String sqlName, int sqlType, String typeName, ColumnKind kind) {
}
