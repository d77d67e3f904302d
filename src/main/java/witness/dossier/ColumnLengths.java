package witness.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The texts of an entity longer than their column holds ({@code @Column(length = …)}), found before the database
 * would refuse them at the end of the import with its own message and no line: those of the entity and of its
 * embedded values (a source's names). A field of the entity with its own {@code @Size} is left to the validator;
 * an embedded value's are checked here, as the validator does not go into them.
 */
final class ColumnLengths {
    /** A text too long for its column: the property path ("names/0/family"), its length and the column's. */
    record TooLong(String property, int length, int max) {
    }

    private ColumnLengths() {
    }

    static List<TooLong> of(Object entity) {
        List<TooLong> found = new ArrayList<>();
        check(entity, "", found, 0);
        return found;
    }

    private static void check(Object value, String prefix, List<TooLong> found, int depth) {
        if (depth > 3) {
            return;
        }
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                // Panache may make an entity's public fields private, behind accessors it generates
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()
                        || field.getAnnotation(Column.class) == null && !Collection.class.isAssignableFrom(field.getType())
                        && !field.getType().isAnnotationPresent(Embeddable.class)) {
                    continue;
                }
                Object content;
                try {
                    field.setAccessible(true);
                    content = field.get(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                String property = prefix + field.getName();
                Column column = field.getAnnotation(Column.class);
                if (content instanceof String text && column != null
                        && (depth > 0 || field.getAnnotation(Size.class) == null) && text.length() > column.length()) {
                    found.add(new TooLong(property, text.length(), column.length()));
                } else if (content instanceof Collection<?> items) {
                    int i = 0;
                    for (Object item : items) {
                        if (item != null && item.getClass().isAnnotationPresent(Embeddable.class)) {
                            check(item, property + "/" + i + "/", found, depth + 1);
                        }
                        i++;
                    }
                } else if (content != null && content.getClass().isAnnotationPresent(Embeddable.class)) {
                    check(content, property + "/", found, depth + 1);
                }
            }
        }
    }
}
