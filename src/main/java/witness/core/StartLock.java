package witness.core;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Holds the row of start_lock (migration V13) while the start's work runs, so that two instances started together
 * on an empty database do not both import the dossier or create the first producer: the second waits for the first
 * to commit, then finds the film and the account there.
 */
@ApplicationScoped
class StartLock {
    /** A large dossier's import runs while the lock is held. */
    static final int TIMEOUT_SECONDS = 600;

    @Inject Event<Starting> starting;

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            Panache.getEntityManager().createNativeQuery("select id from start_lock where id = 1 for update")
                    .getResultList();
            starting.fire(new Starting());
        });
    }
}
