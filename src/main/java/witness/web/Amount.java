package witness.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/** An amount of money as written (150.00, 1,500), or nothing: 0 or more, at most 10 digits and 2 decimals. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Amount.Check.class)
public @interface Amount {
    String message() default "must be an amount like 150.00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the amount and checks it. */
    class Check implements ConstraintValidator<Amount, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            String message = problem(text);
            if (message == null) {
                return true;
            }
            return Code.Check.refused(context, message);
        }

        /** The amount of a text that {@link Amount} accepts; null for nothing or what is not one. */
        public static BigDecimal parse(String text) {
            return problem(text) == null && text != null && !text.isBlank()
                    ? new BigDecimal(text.strip().replace(",", "")) : null;
        }

        private static String problem(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                BigDecimal amount = new BigDecimal(text.strip().replace(",", ""));
                if (amount.signum() < 0) {
                    return "must be 0 or more";
                }
                if (amount.scale() > 2 || amount.precision() - amount.scale() > 10) {
                    return "must be an amount with at most 10 digits and 2 decimals, like 150.00";
                }
                return null;
            } catch (NumberFormatException e) {
                return "must be an amount like 150.00, not '" + text.strip() + "'";
            }
        }
    }
}
