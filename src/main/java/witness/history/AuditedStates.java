package witness.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * What the history recorded of items, asked through Envers' AuditReader: an item's last recorded state, the states
 * of items just before a revision, what a deletion took along and what referred to what it deleted.
 */
@ApplicationScoped
class AuditedStates {
    @Inject EntityManager em;

    /** An item as its last revision left it (a deletion keeps its last values), and that revision. */
    record Last<T>(T item, long revision, boolean deleted) {
    }

    <T> Optional<Last<T>> last(Class<T> type, long id) {
        List<?> rows = reader().createQuery().forRevisionsOfEntity(type, false, true).add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(1).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new Last<>(type.cast(row[0]),
                ((Revision) row[1]).id, row[2] == RevisionType.DEL));
    }

    /** The item as it was just before that revision, with its collections; null when it did not exist yet. */
    <T> T before(Class<T> type, long id, long revision) {
        return reader().find(type, id, revision - 1);
    }

    /** The items of a type deleted in that revision along with their parent, as they were just before, by id. */
    <T> List<T> deletedWith(Class<T> type, String parent, long parentId, long revision) {
        Set<Object> deleted = new HashSet<>(reader().createQuery().forRevisionsOfEntity(type, true, true)
                .add(AuditEntity.revisionNumber().eq(revision)).add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .add(AuditEntity.relatedId(parent).eq(parentId)).addProjection(AuditEntity.id()).getResultList());
        List<T> belonged = atRevisionBefore(type, revision).add(AuditEntity.relatedId(parent).eq(parentId))
                .addOrder(AuditEntity.id().asc()).getResultList();
        return belonged.stream().filter(item -> deleted.contains(id(item))).toList();
    }

    /** The ids of the items of a type whose {@code property} referred to the item just before that revision. */
    List<Long> referringBefore(Class<?> type, String property, long itemId, long revision) {
        List<?> ids = atRevisionBefore(type, revision).add(AuditEntity.relatedId(property).eq(itemId))
                .addProjection(AuditEntity.id()).addOrder(AuditEntity.id().asc()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The owners whose collection lost the item in that revision. Envers' queries cannot ask who held an element,
     * so this one reads the collection's audit table, named by the mapping.
     */
    List<Long> unlinkedIn(Kind.Part collection, long itemId, long revision) {
        return Sql.ids("select a." + collection.ownerColumn() + " from " + collection.aud() + " a where a.rev = ?"
                + " and a.revtype = 2 and a." + collection.elementColumn() + " = ? order by 1", revision, itemId);
    }

    /** An item's id, without loading it when it is a reference Envers has not read yet. */
    long id(Object item) {
        return ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(item)).longValue();
    }

    /** The value of one of the item's properties, read through its mapping. */
    Object valueOf(Object item, String property) {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(item.getClass()).getPropertyValue(item, property);
    }

    private AuditQuery atRevisionBefore(Class<?> type, long revision) {
        return reader().createQuery().forEntitiesAtRevision(type, revision - 1);
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }
}
