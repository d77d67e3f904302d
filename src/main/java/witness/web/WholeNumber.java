package witness.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A whole number as a form writes it, or nothing. */
@Target({ FIELD, ANNOTATION_TYPE })
@Retention(RUNTIME)
@Constraint(validatedBy = WholeNumber.Check.class)
public @interface WholeNumber {
    String message() default "must be a whole number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the number. */
    class Check implements ConstraintValidator<WholeNumber, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.isBlank() || value(text) != null) {
                return true;
            }
            return Code.Check.refused(context, "must be a whole number, not '" + text + "'");
        }

        /** The number of a text that {@link WholeNumber} accepts; null for nothing or what is not one. */
        public static Integer value(String text) {
            try {
                return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
