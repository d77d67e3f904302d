package witness.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.OptimizableGenerator;

/**
 * Hibernate takes ids from each sequence 50 at a time and hands them out from memory. After a restore the restored
 * rows may hold ids this instance still has in hand (a new installation's admin took id 1 and holds 2–50; the
 * backup's second user is 2): forgetting them makes the next insert read the sequence, which the restore moved past
 * every restored id.
 */
@ApplicationScoped
class IdPools {
    @Inject SessionFactory sessionFactory;

    void forget() {
        sessionFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(entity -> {
            if (entity.getGenerator() instanceof OptimizableGenerator generator) {
                generator.getOptimizer().reset();
            }
        });
    }
}
