package witness.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import witness.location.LocationLeaving;
import witness.location.LocationLeaving.Referrer;

/** The research log entries about a location: counted, and let go of when it is deleted (the entries stay). */
@ApplicationScoped
class LogEntryLocations {
    private static final String ABOUT = " from ResearchLogEntry e join e.locations l where l = ?1";

    void letGo(@Observes LocationLeaving leaving) {
        leaving.letGo(Referrer.LOG_ENTRIES, () -> ResearchLogEntry.count("select count(e)" + ABOUT, leaving.location),
                () -> ResearchLogEntry.<ResearchLogEntry>list("select e" + ABOUT, leaving.location),
                entry -> entry.locations.remove(leaving.location));
    }
}
