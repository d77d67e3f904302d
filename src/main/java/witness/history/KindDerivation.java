package witness.history;

import static java.util.Map.entry;

import jakarta.persistence.Convert;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.configuration.Configuration;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.metamodel.mapping.EmbeddableMappingType;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import witness.core.Recorded;
import witness.core.Shown;
import witness.web.Labelled;
import witness.web.StringListConverter;

/**
 * Reads the history's kinds from Hibernate's mapping: the {@link Recorded} entities, their tables and columns,
 * their {@link Shown} fields and collections, and how each value reads, from its Java type. The audit tables are
 * named as Envers names them.
 */
final class KindDerivation {
    private static final Map<Class<?>, Value> BY_TYPE = Map.ofEntries(entry(String.class, Value.TEXT),
            entry(LocalDate.class, Value.DATE), entry(LocalTime.class, Value.TIME),
            entry(Instant.class, Value.MOMENT_VALUE), entry(LocalDateTime.class, Value.MOMENT_VALUE),
            entry(Boolean.class, Value.YES_NO), entry(boolean.class, Value.YES_NO), entry(int.class, Value.NUMBER),
            entry(Integer.class, Value.NUMBER), entry(long.class, Value.NUMBER), entry(Long.class, Value.NUMBER),
            entry(double.class, Value.NUMBER), entry(Double.class, Value.NUMBER),
            entry(BigDecimal.class, Value.NUMBER));

    private final MappingMetamodel model;
    private final Configuration envers;

    KindDerivation(SessionFactory factory) {
        SessionFactoryImplementor implementor = factory.unwrap(SessionFactoryImplementor.class);
        model = implementor.getMappingMetamodel();
        envers = implementor.getServiceRegistry().requireService(EnversService.class).getConfig();
    }

    List<Kind> kinds() {
        return model.streamEntityDescriptors().filter(e -> e.getMappedClass().isAnnotationPresent(Recorded.class))
                .map(this::kind).toList();
    }

    private Kind kind(EntityPersister entity) {
        Class<?> type = entity.getMappedClass();
        Recorded recorded = recorded(type);
        List<Kind.Field> fields = new ArrayList<>();
        List<Kind.Part> parts = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            Shown shown = field.getAnnotation(Shown.class);
            if (shown != null) {
                CollectionPersister collection = model.findCollectionDescriptor(entity.getEntityName() + "."
                        + field.getName());
                if (collection != null) {
                    parts.add(part(collection, field.getName(), shown.value()));
                } else {
                    fields.add(new Kind.Field(column(entity, field.getName()), shown.value(), value(field, shown)));
                }
            }
        }
        String table = entity.getTableName();
        return new Kind(type, recorded.one(), recorded.code().isEmpty() ? null : recorded.code(), recorded.listed(),
                table, envers.getAuditTableName(entity.getEntityName(), table), keyColumn(entity), recorded.namedBy(),
                column(entity, recorded.namedBy()), recorded.personal(), List.copyOf(fields), List.copyOf(parts),
                columns(entity));
    }

    private static Recorded recorded(Class<?> type) {
        if (!type.isAnnotationPresent(Audited.class)) {
            throw new IllegalStateException(type.getSimpleName() + " is @Recorded but not @Audited: it has no history");
        }
        Recorded recorded = type.getAnnotation(Recorded.class);
        if (recorded.code().isEmpty() != (recorded.listed() == 0)) {
            throw new IllegalStateException(type.getSimpleName() + ": a kind the deleted items page lists has a code"
                    + " and a place there, one it does not list neither");
        }
        return recorded;
    }

    /** The column of each property kept in one column of the item's own table. */
    private static Map<String, String> columns(EntityPersister entity) {
        Map<String, String> columns = new LinkedHashMap<>();
        String[] properties = entity.getPropertyNames();
        for (int i = 0; i < properties.length; i++) {
            String[] names = entity.getPropertyColumnNames(properties[i]);
            if (names.length == 1 && !entity.getPropertyTypes()[i].isCollectionType()) {
                columns.put(properties[i], names[0]);
            }
        }
        return Collections.unmodifiableMap(columns);
    }

    private static String column(EntityPersister entity, String property) {
        return entity.getPropertyColumnNames(property)[0];
    }

    /** The column of the item's key, where it has one (every item a URL names has a field {@code key}). */
    private static String keyColumn(EntityPersister entity) {
        return Arrays.asList(entity.getPropertyNames()).contains("key") ? column(entity, "key") : null;
    }

    private Value value(Field field, Shown shown) {
        return switch (shown.as()) {
            case LONG_TEXT -> Value.LONG_TEXT;
            case SECONDS -> Value.DURATION;
            case BYTES -> Value.BYTES;
            case TYPED -> typed(field);
        };
    }

    private Value typed(Field field) {
        Class<?> type = field.getType();
        if (model.isEntityClass(type)) {
            if (!type.isAnnotationPresent(Recorded.class)) {
                // Its name is read from its audit table: an item the history does not record has none.
                throw new IllegalStateException("The history cannot name the " + type.getSimpleName() + " of "
                        + field.getDeclaringClass().getSimpleName() + "." + field.getName() + ": it is not @Recorded");
            }
            return Value.ref(model.getEntityDescriptor(type).getTableName());
        }
        if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
            return Value.choice(type.asSubclass(Labelled.class));
        }
        if (isWordList(field)) {
            return Value.LIST;
        }
        Value value = BY_TYPE.get(type);
        if (value == null) {
            throw new IllegalStateException("The history cannot show " + field.getDeclaringClass().getSimpleName()
                    + "." + field.getName() + ", a " + type.getSimpleName() + ": say how with @Shown(as = …)");
        }
        return value;
    }

    /** Words kept one per line in one column (languages, topics). */
    private static boolean isWordList(Field field) {
        Convert convert = field.getAnnotation(Convert.class);
        return field.getType() == List.class && convert != null && convert.converter() == StringListConverter.class;
    }

    /** A collection in a table of its own: a join table, or values embedded in its rows. */
    private Kind.Part part(CollectionPersister collection, String property, String label) {
        // The interface does not give the columns; every collection persister is an AbstractCollectionPersister.
        AbstractCollectionPersister columns = (AbstractCollectionPersister) collection;
        String table = columns.getTableName();
        String elementTable = collection.isManyToMany() ? collection.getElementPersister().getTableName() : null;
        String order = collection.hasIndex() ? columns.getIndexColumnNames()[0] : null;
        return new Kind.Part(property, table, envers.getAuditTableName(null, table), columns.getKeyColumnNames()[0], label,
                elementTable, List.of(columns.getElementColumnNames()), order, embedded(collection));
    }

    private static Embedded embedded(CollectionPersister collection) {
        if (!(collection.getAttributeMapping().getElementDescriptor() instanceof EmbeddableValuedModelPart part)) {
            return null;
        }
        EmbeddableMappingType embeddable = part.getEmbeddableTypeDescriptor();
        Map<String, String> fieldByColumn = new LinkedHashMap<>();
        embeddable.forEachAttributeMapping(attribute -> attribute.forEachSelectable((i, column) -> fieldByColumn
                .put(column.getSelectionExpression(), attribute.getAttributeName())));
        return new Embedded(embeddable.getMappedJavaType().getJavaTypeClass(),
                Collections.unmodifiableMap(fieldByColumn));
    }
}
