package witness.web;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Files a feature keeps beside the database, in a folder of its own, each named by a row: a backup carries them
 * with the rows, and a restore puts them back. A feature says which as a bean of this type, so that the backup
 * names no feature.
 */
public interface KeptFiles {
    /** The folder's name in a backup zip, a single lower-case word ("proxies"). */
    String name();

    /** Where the files are. */
    Path folder();

    /** The names of the files the rows name, as the connection's transaction sees them. */
    List<String> named(Connection connection) throws SQLException;

    /** Whether a name is one this feature gives its files (a backup's entry named otherwise is refused). */
    boolean validName(String name);
}
