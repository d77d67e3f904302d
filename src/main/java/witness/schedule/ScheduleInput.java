package witness.schedule;

import static witness.web.Texts.blankToNull;

import jakarta.validation.constraints.NotBlank;
import org.jboss.resteasy.reactive.RestForm;
import witness.web.VersionRead;
import witness.web.WholeNumber;

/** A schedule as its form posts it: name, key (only when created) and the planner's settings. */
public class ScheduleInput {
    @RestForm
    public String name;
    @RestForm
    public String key;
    @RestForm
    @NotBlank(message = "is required")
    @WholeNumber
    public String dayLimitMinutes;
    @RestForm
    @NotBlank(message = "is required")
    @WholeNumber
    public String minutesPerShot;
    @RestForm
    @NotBlank(message = "is required")
    @WholeNumber
    public String minutesPerInterview;
    @RestForm
    @NotBlank(message = "is required")
    @WholeNumber
    public String maxTravelKm;
    @RestForm
    public VersionRead version;

    /** The schedule as stored. */
    static ScheduleInput of(Schedule s) {
        ScheduleInput input = settings(s.dayLimitMinutes, s.minutesPerShot, s.minutesPerInterview, s.maxTravelKm);
        input.name = s.name;
        input.key = s.key;
        input.version = VersionRead.of(s.version);
        return input;
    }

    /** A new schedule's form: the planner's defaults. */
    static ScheduleInput blank() {
        return settings(Schedule.DAY_LIMIT_MINUTES, Schedule.MINUTES_PER_SHOT, Schedule.MINUTES_PER_INTERVIEW,
                Schedule.MAX_TRAVEL_KM);
    }

    /** Copies the name and settings (not the key) onto a schedule; the numbers have been checked. */
    void applyTo(Schedule s) {
        s.name = blankToNull(name);
        s.dayLimitMinutes = number(dayLimitMinutes);
        s.minutesPerShot = number(minutesPerShot);
        s.minutesPerInterview = number(minutesPerInterview);
        s.maxTravelKm = number(maxTravelKm);
    }

    private static ScheduleInput settings(int dayLimit, int perShot, int perInterview, int travelKm) {
        ScheduleInput input = new ScheduleInput();
        input.dayLimitMinutes = String.valueOf(dayLimit);
        input.minutesPerShot = String.valueOf(perShot);
        input.minutesPerInterview = String.valueOf(perInterview);
        input.maxTravelKm = String.valueOf(travelKm);
        return input;
    }

    private static int number(String text) {
        Integer value = WholeNumber.Check.value(text);
        return value == null ? 0 : value;
    }
}
