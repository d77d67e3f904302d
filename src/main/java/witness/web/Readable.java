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

/**
 * A text field left empty, or written as its reading accepts (an {@link Amount}, an {@link IsoDate}, a
 * {@link WholeNumber}…); a refusal says what is wrong with the text, in place of the constraint's own message.
 */
@Target({ FIELD, ANNOTATION_TYPE })
@Retention(RUNTIME)
@Constraint(validatedBy = Readable.Check.class)
public @interface Readable {
    /** How the text is read: a public class with a public constructor that takes nothing. */
    Class<? extends Reading> value();

    String message() default "cannot be read";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** How a kind of value is read from a form's text. */
    interface Reading {
        /** What is wrong with a written (not blank) text; null when nothing is. */
        String problem(String text);
    }

    /** Reads the text with the field's reading. */
    class Check implements ConstraintValidator<Readable, String> {
        private Reading reading;

        @Override
        public void initialize(Readable readable) {
            try {
                reading = readable.value().getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make the reading " + readable.value(), e);
            }
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.isBlank()) {
                return true;
            }
            String problem = reading.problem(text);
            return problem == null || Code.Check.refused(context, problem);
        }
    }
}
