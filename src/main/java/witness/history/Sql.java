package witness.history;

import io.quarkus.hibernate.orm.panache.Panache;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Plain SQL reads of the audit tables, on the connection (and transaction) of the request's Hibernate session.
 * Envers writes those tables; reading them as rows keeps each history page to a few queries whatever the
 * history's length. A collection among the parameters stands for a list of values ({@code id in (?)}).
 */
final class Sql {
    private static final Map<String, List<String>> COLUMNS = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** Rows with lower-case column names and values as Java reads them (LocalDate, Instant, Long…). */
    static List<Map<String, Object>> rows(String sql, Object... params) {
        return work(connection -> {
            Expanded q = expand(sql, params);
            if (q == null) {
                return List.of();
            }
            try (PreparedStatement statement = connection.prepareStatement(q.sql)) {
                bind(statement, q.params);
                try (ResultSet rs = statement.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (rs.next()) {
                        Map<String, Object> row = new HashMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs.getObject(i)));
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }

    static List<Long> ids(String sql, Object... params) {
        return rows(sql, params).stream().map(r -> ((Number) r.values().iterator().next()).longValue()).toList();
    }

    /** The columns of a table, lower case, in their order. */
    static List<String> columns(String table) {
        return COLUMNS.computeIfAbsent(table, t -> work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select * from " + t + " where 1 = 0");
                    ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                return List.copyOf(names);
            }
        }));
    }

    /** The values databases hand back, as the history compares and shows them. */
    private static Object value(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Time time) {
            return time.toLocalTime();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof LocalDateTime time) {
            return time.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        if (value instanceof Clob || value instanceof Blob) {
            throw new IllegalStateException("The audit tables hold no large objects");
        }
        return value;
    }

    private record Expanded(String sql, List<Object> params) {
    }

    /** Spreads each collection parameter over as many placeholders; null when one is empty (no rows). */
    private static Expanded expand(String sql, Object[] params) {
        StringBuilder out = new StringBuilder();
        List<Object> flat = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c != '?') {
                out.append(c);
                continue;
            }
            Object param = params[p++];
            if (param instanceof Collection<?> values) {
                if (values.isEmpty()) {
                    return null;
                }
                out.append(values.stream().map(v -> "?").collect(Collectors.joining(", ")));
                flat.addAll(values);
            } else {
                out.append('?');
                flat.add(param);
            }
        }
        return new Expanded(out.toString(), flat);
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object param = params.get(i);
            if (param instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                statement.setObject(i + 1, param);
            }
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static <T> T work(Work<T> work) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(work::run);
    }
}
