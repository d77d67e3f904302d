package witness.schedule;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import witness.web.FieldErrors;
import witness.web.Forms;

/** A schedule as its form posts it: name, key (only when created) and the planner's settings. */
public record ScheduleInput(Map<String, String> values, Integer dayLimitMinutes, Integer minutesPerShot,
        Integer minutesPerInterview, Integer maxTravelKm, Long version) {

    public static ScheduleInput read(MultivaluedMap<String, String> form, FieldErrors errors) {
        Map<String, String> values = Forms.values(form);
        return new ScheduleInput(values, Forms.integer(values, "dayLimitMinutes", errors),
                Forms.integer(values, "minutesPerShot", errors), Forms.integer(values, "minutesPerInterview", errors),
                Forms.integer(values, "maxTravelKm", errors), Forms.version(values, errors));
    }

    /** The form's values for a stored schedule. */
    static Map<String, String> of(Schedule s) {
        return Map.of("name", s.name, "key", s.key, "dayLimitMinutes", String.valueOf(s.dayLimitMinutes),
                "minutesPerShot", String.valueOf(s.minutesPerShot), "minutesPerInterview",
                String.valueOf(s.minutesPerInterview), "maxTravelKm", String.valueOf(s.maxTravelKm), "version",
                String.valueOf(s.version));
    }

    /** The form's values for a new schedule: the defaults. */
    static Map<String, String> blank() {
        return Map.of("dayLimitMinutes", String.valueOf(Schedule.DAY_LIMIT_MINUTES), "minutesPerShot",
                String.valueOf(Schedule.MINUTES_PER_SHOT), "minutesPerInterview",
                String.valueOf(Schedule.MINUTES_PER_INTERVIEW), "maxTravelKm", String.valueOf(Schedule.MAX_TRAVEL_KM));
    }
}
