package witness.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A running time as a form writes it, seconds or minutes:seconds (150 or 2:30), or nothing. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Duration.Check.class)
public @interface Duration {
    String message() default Durations.EXPECTED;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the running time. */
    class Check implements ConstraintValidator<Duration, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            try {
                Durations.parse(text);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        /** The seconds of a text that {@link Duration} accepts; null for nothing or what is not a running time. */
        public static Integer seconds(String text) {
            try {
                return Durations.parse(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
