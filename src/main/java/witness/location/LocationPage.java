package witness.location;

import jakarta.enterprise.event.Event;
import java.util.List;
import witness.location.LocationShown.DayLine;
import witness.location.LocationShown.InterviewLine;
import witness.location.LocationShown.ShotLine;

/**
 * A location with what is filmed there: its shots (with their numbers), interviews, shoot days and photos, each
 * found by its own feature ({@link LocationShown}). A fixed number of queries, whatever their number.
 */
public record LocationPage(Location location, List<ShotLine> shots, List<InterviewLine> interviews,
        List<DayLine> days, List<LocationPhoto.Listed> photos) {

    static LocationPage of(Location location, Event<LocationShown> shown) {
        LocationShown lines = new LocationShown(location);
        shown.fire(lines);
        return new LocationPage(location, lines.shots(), lines.interviews(), lines.days(),
                LocationPhoto.listedOf(location));
    }
}
