package witness.film;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import witness.location.LocationLeaving;
import witness.location.LocationLeaving.Referrer;
import witness.location.LocationShown;
import witness.location.LocationShown.ShotLine;

/** The shots planned at a location: listed on its page, counted and let go of when it is deleted. */
@ApplicationScoped
class ShotLocations {

    void listed(@Observes LocationShown shown) {
        // person and source too: a shot's many-to-ones are read eagerly, one query each unless fetched here
        Shot.<Shot>list("select s from Shot s join fetch s.scene c join fetch c.sequence q left join fetch s.person"
                + " left join fetch s.source where s.location = ?1 order by q.position, c.position, s.position",
                shown.location())
                .forEach(s -> shown.shots().add(new ShotLine(s.key, s.number(), s.kind.label(), s.description,
                        s.scene.key, s.scene.title)));
    }

    void letGo(@Observes LocationLeaving leaving) {
        leaving.letGo(Referrer.SHOTS, () -> Shot.count("location", leaving.location),
                () -> Shot.<Shot>list("location", leaving.location), shot -> shot.location = null);
    }
}
