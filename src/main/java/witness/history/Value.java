package witness.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import witness.web.Formats;
import witness.web.Labelled;

/** How a column's stored value reads on a history page. */
interface Value {
    DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

    /** The value as people read it; null when there is none. */
    String show(Object stored, Names names);

    /** Whether it is long text, shown as a block rather than inline. */
    default boolean isLong() {
        return false;
    }

    Value TEXT = (stored, names) -> stored == null ? null : stored.toString();

    Value LONG_TEXT = new Value() {
        @Override
        public String show(Object stored, Names names) {
            return stored == null ? null : stored.toString();
        }

        @Override
        public boolean isLong() {
            return true;
        }
    };

    /** Several values kept one per line (languages, topics, questions). */
    Value LIST = (stored, names) -> stored == null ? null : String.join("; ", stored.toString().split("\n"));

    Value DURATION = (stored, names) -> stored == null ? null : Formats.duration(((Number) stored).intValue());

    Value DATE = (stored, names) -> stored == null ? null : Formats.human((LocalDate) stored);

    Value TIME = (stored, names) -> stored == null ? null : ((LocalTime) stored).toString();

    Value MOMENT_VALUE = (stored, names) -> stored == null ? null
            : MOMENT.format(((Instant) stored).atZone(ZoneId.systemDefault()));

    Value YES_NO = (stored, names) -> stored == null ? null : (Boolean) stored ? "yes" : "no";

    Value NUMBER = (stored, names) -> stored == null ? null
            : stored instanceof BigDecimal d ? d.toPlainString() : stored.toString();

    Value BYTES = (stored, names) -> {
        if (stored == null) {
            return null;
        }
        long bytes = ((Number) stored).longValue();
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? bytes / 1024 + " KB"
                : String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
    };

    /** An enumerated value stored by name (DRAFT), read by its label (draft). */
    static Value choice(Class<? extends Labelled> type) {
        return (stored, names) -> {
            if (stored == null) {
                return null;
            }
            for (Labelled value : type.getEnumConstants()) {
                if (value.name().equals(stored.toString())) {
                    return value.label();
                }
            }
            return stored.toString();
        };
    }

    /** Another item (named by its table), stored by id, read by its name as last known, even if deleted since. */
    static Value ref(String table) {
        return new Reference(table);
    }

    record Reference(String table) implements Value {
        @Override
        public String show(Object stored, Names names) {
            return stored == null ? null : names.of(table, ((Number) stored).longValue());
        }
    }
}
