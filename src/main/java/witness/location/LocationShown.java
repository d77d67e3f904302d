package witness.location;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is filmed at a location, for its page. Fired (a CDI event, observed synchronously) as the page is read: each
 * feature that plans something there adds its own lines — the shot list its shots, the interviews theirs, the
 * schedules their shoot days — so that the location package names none of them.
 */
public record LocationShown(Location location, List<ShotLine> shots, List<InterviewLine> interviews,
        List<DayLine> days) {

    LocationShown(Location location) {
        this(location, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** A shot planned here: its number, kind and description, and its scene. */
    public record ShotLine(String key, String number, String kind, String description, String sceneKey,
            String sceneTitle) {
    }

    /** An interview filmed here: the interviewee, its status and date. */
    public record InterviewLine(String key, String interviewee, String status, LocalDate date) {
    }

    /** A shoot day spent here, in its schedule. */
    public record DayLine(Long id, LocalDate date, String scheduleKey, String scheduleName) {
    }
}
