package witness.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The code of one of a labelled enum's values ('interviewee'), or nothing; the message names the choices. */
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = Code.Check.class)
public @interface Code {
    /** An enum that implements {@link Labelled}. */
    Class<? extends Labelled> value();

    String message() default "is not one of the choices";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a code against the enum's values. */
    class Check implements ConstraintValidator<Code, String> {
        private Labelled[] choices;

        @Override
        public void initialize(Code code) {
            choices = code.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            if (code == null || code.isBlank()) {
                return true;
            }
            for (Labelled choice : choices) {
                if (choice.code().equals(code)) {
                    return true;
                }
            }
            return refused(context, Labelled.notOneOf(choices, code));
        }

        /** Refuses the value with this message, held as written, in place of the constraint's own. */
        public static boolean refused(ConstraintValidatorContext context, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literal(message)).addConstraintViolation();
            return false;
        }

        /** A message holding what was sent, kept out of the validator's interpolation of {…} and ${…}. */
        public static String literal(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
