package witness.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import witness.interview.Interview;
import witness.location.Location;

/**
 * A shoot day as the conflict checks read it: everything already loaded, so that the checks are plain
 * logic over values (the number of shots is enough; interviews are needed for their status and release).
 */
public record ConflictDay(long id, String scheduleKey, String scheduleName, LocalDate date, Location location,
        LocalTime call, LocalTime wrap, List<String> called, List<Interview> interviews, int shots,
        ConflictLimits limits) {

    public ConflictDay {
        called = called == null ? List.of() : List.copyOf(called);
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
        limits = limits == null ? ConflictLimits.DEFAULTS : limits;
    }

    /** Where the day is on its schedule's page. */
    public String href(String slug) {
        return "/films/" + slug + "/schedules/" + scheduleKey + "#day-" + id;
    }

    /** Where the day takes place, as people call it. */
    public String place() {
        return location == null ? null : location.name;
    }
}
