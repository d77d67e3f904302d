package witness.location;

import java.util.List;
import witness.film.Shot;
import witness.interview.Interview;
import witness.schedule.ShootDay;

/**
 * A location with what is filmed there: its shots (with their numbers), interviews, shoot days and
 * photos. A fixed number of queries, whatever their number.
 */
public record LocationPage(Location location, List<Shot> shots, List<Interview> interviews, List<ShootDay> days,
        List<LocationPhoto.Listed> photos) {

    static LocationPage of(Location location) {
        List<Shot> shots = Shot.list("select s from Shot s join fetch s.scene c join fetch c.sequence q left join fetch s.person "
                + "left join fetch s.source where s.location = ?1 order by q.position, c.position, s.position", location);
        List<Interview> interviews = Interview.list("select i from Interview i left join fetch i.person "
                + "where i.location = ?1 order by i.date nulls last, i.key", location);
        List<ShootDay> days = ShootDay.list("select d from ShootDay d join fetch d.schedule "
                + "where d.location = ?1 order by d.date, d.id", location);
        return new LocationPage(location, shots, interviews, days, LocationPhoto.listedOf(location));
    }
}
