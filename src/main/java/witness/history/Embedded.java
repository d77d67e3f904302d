package witness.history;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import witness.research.FollowUp;
import witness.source.SourceName;

/**
 * The values a collection embeds in its rows (a source's names, a log entry's follow-ups): read back from an
 * audit row into the embeddable, by the columns its mapping gives each field, and shown as people read them.
 */
record Embedded(Class<?> type, Map<String, String> fieldByColumn) {

    /** "Richard Greeman (translator)", "Ask the archive (open)"; otherwise the values side by side. */
    String show(Map<String, Object> row) {
        Object element = read(row);
        if (element instanceof SourceName name) {
            String shown = name.literal != null ? name.literal
                    : (name.given == null ? "" : name.given + " ") + Objects.toString(name.family, "");
            return shown.strip() + " (" + name.role + ")";
        }
        if (element instanceof FollowUp followUp) {
            return followUp.text + (followUp.done ? " (done)" : " (open)");
        }
        return fieldByColumn.keySet().stream().map(c -> Objects.toString(row.get(c), ""))
                .collect(Collectors.joining(" "));
    }

    Object read(Map<String, Object> row) {
        try {
            Object element = type.getDeclaredConstructor().newInstance();
            for (Map.Entry<String, String> column : fieldByColumn.entrySet()) {
                // The build's enhancement of embeddables makes their public fields private, behind accessors.
                Field field = type.getDeclaredField(column.getValue());
                field.setAccessible(true);
                Object value = row.get(column.getKey());
                if (value != null) {
                    field.set(element, value instanceof Number n && isInt(field.getType()) ? n.intValue() : value);
                }
            }
            return element;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A " + type.getSimpleName() + " cannot be read from its audit row", e);
        }
    }

    private static boolean isInt(Class<?> type) {
        return type == int.class || type == Integer.class;
    }
}
