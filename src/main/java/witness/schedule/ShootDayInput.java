package witness.schedule;

import static witness.web.Texts.blankToNull;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import witness.web.Code;
import witness.web.Inputs;
import witness.web.IsoDate;
import witness.web.VersionRead;

/** A shoot day as its form posts it. Times are HH:MM; crew is one per line; location is a key. */
public class ShootDayInput {
    @RestForm
    @NotBlank(message = "is required")
    @IsoDate
    public String date;
    @RestForm
    public String location;
    @RestForm
    @ShootDayInput.ClockTime
    public String call;
    @RestForm
    @ShootDayInput.ClockTime
    public String wrap;
    /** One per line. */
    @RestForm
    public String crew;
    @RestForm
    public String travel;
    @RestForm
    public String notes;
    @RestForm
    public VersionRead version;

    /** The day as stored. */
    static ShootDayInput of(ShootDay d) {
        ShootDayInput input = new ShootDayInput();
        input.date = d.date.toString();
        input.location = d.location == null ? null : d.location.key;
        input.call = d.callTime == null ? null : hhmm(d.callTime);
        input.wrap = d.wrapTime == null ? null : hhmm(d.wrapTime);
        input.crew = String.join("\n", d.crew);
        input.travel = d.travel;
        input.notes = d.notes;
        input.version = VersionRead.of(d.version);
        return input;
    }

    /** Copies the day's own fields onto a day (its location is the editor's to find); all have been checked. */
    void applyTo(ShootDay day) {
        day.date = IsoDate.Check.parse(date);
        day.callTime = time(call);
        day.wrapTime = time(wrap);
        day.crew = new ArrayList<>(Inputs.lines(crew == null ? List.of() : List.of(crew)));
        day.travel = blankToNull(travel);
        day.notes = blankToNull(notes);
    }

    static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** 8:30, 08:30 or 08:30:00 as a time; null for nothing or what is not one. */
    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            return null;
        }
        try {
            return LocalTime.parse(t.length() == 4 || t.length() == 7 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A time of day as a call sheet writes it, 08:30, or nothing. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ClockTime.Check.class)
    public @interface ClockTime {
        String message() default "is not a time like 08:30";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Reads the time. */
        class Check implements ConstraintValidator<ClockTime, String> {
            @Override
            public boolean isValid(String text, ConstraintValidatorContext context) {
                if (text == null || text.isBlank() || time(text) != null) {
                    return true;
                }
                return Code.Check.refused(context, "'" + text + "' is not a time like 08:30");
            }
        }
    }
}
