package witness.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date as a form, the API and a dossier write it (1990-06-14), or nothing. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
public @interface IsoDate {
    String message() default "must be a date like 1990-06-14";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the date. */
    class Check implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (parse(text) != null || text == null || text.isBlank()) {
                return true;
            }
            return Code.Check.refused(context, "must be a date like 1990-06-14, not '" + text.strip() + "'");
        }

        /** The date of a text that {@link IsoDate} accepts; null for nothing or what is not a date. */
        public static LocalDate parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
