package witness.backup;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A read-only transaction that sees the whole database as it was at its start, however long it reads and whatever is
 * written meanwhile: PostgreSQL's REPEATABLE READ and H2's SNAPSHOT isolation are both that.
 */
final class Snapshot {
    /** H2's own isolation level above REPEATABLE READ (org.h2.engine.Constants.TRANSACTION_SNAPSHOT). */
    private static final int H2_SNAPSHOT = 6;

    interface Work<T> {
        T run() throws Exception;
    }

    private Snapshot() {
    }

    static <T> T read(Connection connection, Work<T> work) throws Exception {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        boolean readOnly = connection.isReadOnly();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation("H2".equals(connection.getMetaData().getDatabaseProductName())
                ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            return work.run();
        } finally {
            try {
                connection.rollback();
            } finally {
                restore(connection, autoCommit, isolation, readOnly);
            }
        }
    }

    private static void restore(Connection connection, boolean autoCommit, int isolation, boolean readOnly)
            throws SQLException {
        connection.setReadOnly(readOnly);
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
    }
}
