package witness.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import witness.location.LocationLeaving;
import witness.location.LocationLeaving.Referrer;
import witness.location.LocationShown;
import witness.location.LocationShown.DayLine;

/** The shoot days spent at a location: listed on its page, counted and let go of when it is deleted. */
@ApplicationScoped
class ShootDayLocations {

    void listed(@Observes LocationShown shown) {
        ShootDay.<ShootDay>list("select d from ShootDay d join fetch d.schedule where d.location = ?1"
                + " order by d.date, d.id", shown.location())
                .forEach(d -> shown.days().add(new DayLine(d.id, d.date, d.schedule.key, d.schedule.name)));
    }

    void letGo(@Observes LocationLeaving leaving) {
        leaving.letGo(Referrer.SHOOT_DAYS, () -> ShootDay.count("location", leaving.location),
                () -> ShootDay.<ShootDay>list("location", leaving.location), day -> day.location = null);
    }
}
