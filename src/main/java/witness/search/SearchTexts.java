package witness.search;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import witness.chronology.ChronologyEvent;
import witness.core.Searched;
import witness.core.Starting;
import witness.film.Scene;
import witness.film.Shot;
import witness.interview.Testimony;
import witness.interview.TranscriptLine;
import witness.person.Person;
import witness.research.ResearchLogEntry;
import witness.source.Source;

/**
 * At start (under the start lock), fills the search text of the items written before Witness kept one (migration
 * V16), folded by the same code as every write's: an update of that column only, so neither their version nor
 * their history changes.
 */
@ApplicationScoped
class SearchTexts {
    static final List<Class<? extends Searched>> SEARCHED = List.of(Scene.class, Shot.class, Source.class,
            Testimony.class, TranscriptLine.class, ResearchLogEntry.class, Person.class, ChronologyEvent.class);
    private static final int BATCH = 500;

    void onStart(@Observes Starting event) {
        if (QuarkusTransaction.requiringNew().call(SearchTexts::missing) == 0) {
            return;
        }
        for (Class<? extends Searched> type : SEARCHED) {
            long filled = QuarkusTransaction.requiringNew().call(() -> fill(type));
            if (filled > 0) {
                Log.infof("Filled the search text of %d %s rows", filled, type.getSimpleName());
            }
        }
    }

    /**
     * How many rows of every kind have no search text: one SQL query, as every start asks (HQL's parser is slow to
     * start, and the fill's queries are needed only once).
     */
    static long missing() {
        String count = SEARCHED.stream().map(type -> "(select count(*) from " + table(type)
                + " where search_text is null)").collect(Collectors.joining(" + "));
        return ((Number) Panache.getEntityManager().createNativeQuery("select " + count).getSingleResult())
                .longValue();
    }

    private static String table(Class<?> type) {
        return type.getAnnotation(Table.class).name();
    }

    /** Every row of the type without a search text gets one; answers how many did. */
    static long fill(Class<? extends Searched> type) {
        EntityManager em = Panache.getEntityManager();
        String update = "update " + table(type) + " set search_text = ?1 where id = ?2";
        long filled = 0;
        List<? extends Searched> missing;
        do {
            missing = em.createQuery("select x from " + type.getSimpleName() + " x where x.searchText is null"
                    + " order by x.id", type).setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(BATCH)
                    .getResultList();
            for (Searched item : missing) {
                em.createNativeQuery(update).setParameter(1, item.foldedText())
                        .setParameter(2, em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(item))
                        .executeUpdate();
            }
            filled += missing.size();
            em.clear();
        } while (missing.size() == BATCH);
        return filled;
    }
}
