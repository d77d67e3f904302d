package witness.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a column's values are written to a backup and read back: numbers as JSON numbers, text as strings, dates and
 * times as ISO-8601 strings, bytes as base64. The same kinds exist on H2 and PostgreSQL (whose JDBC types differ:
 * bytea is BINARY there and VARBINARY on H2, bool is BIT), so a backup of one restores into the other.
 */
enum ColumnKind {
    BOOLEAN, INTEGER, DECIMAL, DOUBLE, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_ZONE, BYTES;

    /** The kind of a column as JDBC metadata describes it, or empty when backups do not know its type. */
    static Optional<ColumnKind> of(int sqlType, String typeName) {
        return Optional.ofNullable(switch (sqlType) {
            case Types.BIT, Types.BOOLEAN -> BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> DOUBLE;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            // PostgreSQL's driver reports timestamptz as TIMESTAMP: its name tells them apart.
            case Types.TIMESTAMP -> typeName.toLowerCase(Locale.ROOT).startsWith("timestamptz")
                    ? TIMESTAMP_WITH_ZONE : TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_ZONE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
            default -> null;
        });
    }

    /** Writes the value of column {@code index} of the current row, null included. */
    void write(ResultSet row, int index, JsonGenerator json) throws SQLException, IOException {
        Object value = switch (this) {
            case BOOLEAN -> nullIfWasNull(row.getBoolean(index), row);
            case INTEGER -> nullIfWasNull(row.getLong(index), row);
            case DECIMAL -> row.getBigDecimal(index);
            case DOUBLE -> nullIfWasNull(row.getDouble(index), row);
            case TEXT -> row.getString(index);
            case DATE -> row.getObject(index, LocalDate.class);
            case TIME -> row.getObject(index, LocalTime.class);
            case TIMESTAMP -> row.getObject(index, LocalDateTime.class);
            case TIMESTAMP_WITH_ZONE -> row.getObject(index, OffsetDateTime.class);
            case BYTES -> row.getBytes(index);
        };
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof byte[] bytes) {
            json.writeBinary(bytes);
        } else {
            json.writeString(value.toString());
        }
    }

    private static Object nullIfWasNull(Object value, ResultSet row) throws SQLException {
        return row.wasNull() ? null : value;
    }

    /**
     * The value at the parser's current token, checked against this kind.
     *
     * @throws BadValue saying what the value should have been
     */
    Object read(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == null) {
            throw new BadValue("is cut short");
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (this) {
            case BOOLEAN -> {
                if (!token.isBoolean()) {
                    throw new BadValue("is not true or false");
                }
                yield json.getBooleanValue();
            }
            case INTEGER -> {
                if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new BadValue("is not a whole number");
                }
                yield json.getLongValue();
            }
            case DECIMAL -> {
                if (!token.isNumeric()) {
                    throw new BadValue("is not a number");
                }
                yield json.getDecimalValue();
            }
            case DOUBLE -> {
                if (!token.isNumeric()) {
                    throw new BadValue("is not a number");
                }
                yield json.getDoubleValue();
            }
            case TEXT -> text(json);
            case DATE -> parsed(json, LocalDate::parse, "a date (2026-05-20)");
            case TIME -> parsed(json, LocalTime::parse, "a time (08:30:00)");
            case TIMESTAMP -> parsed(json, LocalDateTime::parse, "a date and time (2026-05-20T08:30:00)");
            case TIMESTAMP_WITH_ZONE -> parsed(json, OffsetDateTime::parse,
                    "a date and time with its offset (2026-05-20T08:30:00Z)");
            case BYTES -> {
                text(json);
                try {
                    yield json.getBinaryValue();
                } catch (IOException e) {
                    throw new BadValue("is not base64");
                }
            }
        };
    }

    private static String text(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.VALUE_STRING) {
            throw new BadValue("is not a string");
        }
        return json.getText();
    }

    private static Object parsed(JsonParser json, Function<String, Object> parse, String what) throws IOException {
        String text = text(json);
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            throw new BadValue("is not " + what + ": '" + text + "'");
        }
    }

    /** Binds a value read by {@link #read} (or null) to a parameter of an insert. */
    void bind(PreparedStatement insert, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            insert.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case BOOLEAN -> insert.setBoolean(index, (Boolean) value);
            case INTEGER -> {
                long l = (Long) value;
                if (sqlType == Types.BIGINT) {
                    insert.setLong(index, l);
                } else if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                    throw new BadValue("is too large for its column: " + l);
                } else {
                    insert.setInt(index, (int) l);
                }
            }
            case DECIMAL -> insert.setBigDecimal(index, (BigDecimal) value);
            case DOUBLE -> insert.setDouble(index, (Double) value);
            case TEXT -> insert.setString(index, (String) value);
            case BYTES -> insert.setBytes(index, (byte[]) value);
            default -> insert.setObject(index, value);
        }
    }

    /** A value of a row that does not fit its column; the message completes "column 'x' …". */
    static final class BadValue extends RuntimeException {
        BadValue(String message) {
            super(message);
        }
    }
}
