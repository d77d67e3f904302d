package witness.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/** A list kept one item per line in one column ({@link StringListConverter}): its lines fit the column. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Lines.Check.class)
public @interface Lines {
    String message() default "is too long: {max} characters at most in all";

    /** The column's length. */
    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Measures the lines as the column keeps them. */
    class Check implements ConstraintValidator<Lines, List<String>> {
        private int max;

        @Override
        public void initialize(Lines lines) {
            max = lines.max();
        }

        @Override
        public boolean isValid(List<String> values, ConstraintValidatorContext context) {
            return values == null || String.join("\n", values).length() <= max;
        }
    }
}
