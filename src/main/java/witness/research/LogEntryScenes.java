package witness.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import witness.film.ScenesLeaving;

/** The research log entries about scenes being deleted let go of them (the entries stay). */
@ApplicationScoped
class LogEntryScenes {

    void letGo(@Observes ScenesLeaving leaving) {
        ResearchLogEntry.<ResearchLogEntry>list("select distinct e from ResearchLogEntry e join e.scenes s where s in ?1",
                leaving.scenes()).forEach(e -> e.scenes.removeAll(leaving.scenes()));
    }
}
