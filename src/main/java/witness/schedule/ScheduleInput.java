package witness.schedule;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static witness.web.Texts.blankToNull;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.web.Readable;
import witness.web.VersionRead;
import witness.web.WholeNumber;

/**
 * A schedule as its form posts it: name, key (only when created) and the planner's settings. A dossier's
 * schedules/{key}.yaml holds it as this, with its days: the key is the file's name, and a setting left out is the
 * planner's default.
 */
@JsonPropertyOrder({ "name", "dayLimitMinutes", "minutesPerShot", "minutesPerInterview", "maxTravelKm", "days" })
public class ScheduleInput {
    @RestForm public String name;
    @RestForm @JsonIgnore public String key;
    @RestForm @Setting public String dayLimitMinutes;
    @RestForm @Setting public String minutesPerShot;
    @RestForm @Setting public String minutesPerInterview;
    @RestForm @Setting public String maxTravelKm;
    /** In a dossier file: its days, by date. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<@Valid @NotNull ShootDayInput> days;
    @RestForm @Null(groups = Filed.class, message = "is not part of a dossier") public VersionRead version;

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

    /**
     * The schedule as its dossier file holds it: the settings that differ from the planner's defaults, its days (the
     * key is the file's name).
     */
    public static ScheduleInput filed(Schedule s, List<ShootDayInput> days) {
        ScheduleInput input = new ScheduleInput();
        input.name = s.name;
        input.key = s.key;
        input.dayLimitMinutes = unlessDefault(s.dayLimitMinutes, Schedule.DAY_LIMIT_MINUTES);
        input.minutesPerShot = unlessDefault(s.minutesPerShot, Schedule.MINUTES_PER_SHOT);
        input.minutesPerInterview = unlessDefault(s.minutesPerInterview, Schedule.MINUTES_PER_INTERVIEW);
        input.maxTravelKm = unlessDefault(s.maxTravelKm, Schedule.MAX_TRAVEL_KM);
        input.days = days;
        return input;
    }

    /** A schedule read from its dossier file, with its key and the defaults of the settings the file leaves out. */
    public ScheduleInput filedAs(String fileKey) {
        ScheduleInput blank = blank();
        key = fileKey;
        dayLimitMinutes = dayLimitMinutes != null ? dayLimitMinutes : blank.dayLimitMinutes;
        minutesPerShot = minutesPerShot != null ? minutesPerShot : blank.minutesPerShot;
        minutesPerInterview = minutesPerInterview != null ? minutesPerInterview : blank.minutesPerInterview;
        maxTravelKm = maxTravelKm != null ? maxTravelKm : blank.maxTravelKm;
        return this;
    }

    /** Copies the name and settings (not the key) onto a schedule; the numbers have been checked. */
    public void applyTo(Schedule s) {
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

    /** A setting as a dossier file writes it: a number, where the form sends text. */
    /**
     * A setting of the schedule: required, a whole number typed into the form, written to a dossier file as a
     * number ({@link Number}).
     */
    @Target(FIELD)
    @Retention(RUNTIME)
    @JacksonAnnotationsInside
    @JsonSerialize(converter = Number.Written.class)
    @JsonDeserialize(converter = Number.Read.class)
    @NotBlank(message = "is required")
    @Readable(WholeNumber.class)
    @Constraint(validatedBy = {})
    @interface Setting {
        String message() default "is required";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static final class Number {
        private Number() {
        }

        static final class Written extends StdConverter<String, Integer> {
            @Override
            public Integer convert(String text) {
                return WholeNumber.value(text);
            }
        }

        static final class Read extends StdConverter<Integer, String> {
            @Override
            public String convert(Integer value) {
                return value == null ? null : value.toString();
            }
        }
    }

    private static String unlessDefault(int value, int defaultValue) {
        return value == defaultValue ? null : String.valueOf(value);
    }

    private static int number(String text) {
        Integer value = WholeNumber.value(text);
        return value == null ? 0 : value;
    }
}
