package witness.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import witness.testing.RequiresPostgres;

/** A database of its own on the machine's PostgreSQL server for a test that runs the packaged app on it. */
final class PostgresDatabase {
    private static final String SERVER = "jdbc:postgresql://" + RequiresPostgres.HOST + ":" + RequiresPostgres.PORT + "/";

    private PostgresDatabase() {
    }

    /** Drops the database if an earlier run left it, and creates it empty. */
    static void recreate(String name) throws Exception {
        if (!name.startsWith("witness_it_")) {
            throw new IllegalArgumentException("the ITs only drop their own databases (witness_it_…), not " + name);
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }

    /** The single number a query such as "select count(*) from …" answers in the database. */
    static long count(String name, String query) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + name, "postgres", "");
                Statement s = c.createStatement(); java.sql.ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The environment that points the app built for PostgreSQL at the database. */
    static Map<String, String> env(String name) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", SERVER + name,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "");
    }
}
