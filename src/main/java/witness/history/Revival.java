package witness.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.ReplicationMode;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

/**
 * Brings an item back through the entities, with its own id, so that its history goes on where it stopped. Its
 * state before the deletion (read by {@link AuditedStates}) is copied into a new instance: a reference to an item
 * deleted since is left empty, a collection keeps the elements that still exist (a list closes up), the version
 * starts again. The copy is stored with {@code Session#replicate}, the one operation that stores an instance under
 * the id it has and fires the events Envers records, so the restoring revision records it and its collections as
 * created, which the history shows as "restored".
 */
@ApplicationScoped
class Revival {
    @Inject EntityManager em;

    /** A new instance of the item as it was, to adjust (its place) before it is brought back. */
    <T> T copyOf(T before) {
        Objects.requireNonNull(before, "The history has no state of the item before its deletion");
        SessionImplementor session = session();
        EntityPersister persister = model().getEntityDescriptor(before.getClass());
        @SuppressWarnings("unchecked")
        T copy = (T) persister.instantiate(persister.getIdentifier(before, session), session);
        Object[] was = persister.getValues(before), values = persister.getValues(copy);
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < values.length; i++) {
            if (i != persister.getVersionPropertyIndex()) {
                values[i] = revived(types[i], was[i], values[i]);
            }
        }
        persister.setValues(copy, values);
        return copy;
    }

    /** Stores the copy under its own id; Envers records it, and its collections, as created in this revision. */
    @SuppressWarnings("deprecation") // replicate has no replacement that keeps the id and fires the events
    <T> T bringBack(T copy) {
        session().replicate(copy, ReplicationMode.EXCEPTION);
        return copy;
    }

    private Object revived(Type type, Object value, Object fresh) {
        if (value == null) {
            return type.isCollectionType() ? fresh : null;
        }
        if (type instanceof EntityType reference) {
            return live(reference, value);
        }
        if (type instanceof CollectionType collection) {
            return elements(collection, (Collection<?>) value, fresh);
        }
        return value;
    }

    /** The item referred to as it is now, or null when it was deleted since. */
    private Object live(EntityType reference, Object referred) {
        Class<?> type = model().getEntityDescriptor(reference.getAssociatedEntityName()).getMappedClass();
        return em.find(type, em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(referred));
    }

    private Object elements(CollectionType type, Collection<?> was, Object fresh) {
        CollectionPersister collection = model().getCollectionDescriptor(type.getRole());
        if (collection.isInverse()) {
            return fresh;
        }
        Stream<?> elements = was.stream();
        if (collection.getElementType() instanceof EntityType element) {
            elements = elements.map(e -> live(element, e)).filter(Objects::nonNull);
        }
        return was instanceof List ? elements.collect(Collectors.toCollection(ArrayList::new))
                : elements.collect(Collectors.toCollection(HashSet::new));
    }

    private SessionImplementor session() {
        return em.unwrap(SessionImplementor.class);
    }

    private MappingMetamodel model() {
        return session().getFactory().getMappingMetamodel();
    }
}
