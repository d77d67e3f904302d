package witness.core;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sets a {@link Searched} item's {@code searchText} field from {@link Searched#foldedText()} before every insert
 * and update ({@code @EntityListeners} on the entity). Hibernate reads the entity's state again after these
 * callbacks and writes every column, so the new text is stored with the change that made it.
 */
public class SearchTextListener {
    private static final Map<Class<?>, Field> FIELDS = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    void fold(Object entity) throws IllegalAccessException {
        Field field = FIELDS.computeIfAbsent(entity.getClass(), SearchTextListener::searchTextField);
        field.set(entity, ((Searched) entity).foldedText());
    }

    private static Field searchTextField(Class<?> type) {
        try {
            Field field = type.getDeclaredField("searchText");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type.getSimpleName() + " is Searched but has no searchText field", e);
        }
    }
}
