package witness.location;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import witness.web.Code;

/** A coordinate as written (with a minus sign or a hyphen), or nothing: a number of degrees within ±{@link #value}. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Degrees.Check.class)
public @interface Degrees {
    /** The largest number of degrees either way: 90 for a latitude, 180 for a longitude. */
    int value();

    String message() default "must be a number of degrees";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the degrees and checks their range. */
    class Check implements ConstraintValidator<Degrees, String> {
        private int max;

        @Override
        public void initialize(Degrees degrees) {
            max = degrees.value();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            String message;
            try {
                Double value = LocationInput.readDegrees(text);
                if (value == null || value >= -max && value <= max) {
                    return true;
                }
                message = "must be between −" + max + " and " + max + " degrees";
            } catch (NumberFormatException e) {
                message = "must be a number of degrees, like 19.4326, not '" + text + "'";
            }
            return Code.Check.refused(context, message);
        }
    }
}
