package witness.core;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The key of an item in a dossier file: required there, and written as keys are (used in the {@link Filed} group:
 * a form or the API may leave it out, and the key is made from the item's name).
 */
@NotBlank
@Pattern(regexp = Film.SLUG, message = "must be lower-case letters and digits joined by hyphens, like vlady or"
        + " mexico-city")
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface FiledKey {
    String message() default "must be a key";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
