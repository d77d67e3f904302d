package witness.core;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A field of a {@link Recorded} entity that its history shows, under the label people read. How its value reads
 * follows from its type (a date, a choice, another item, yes or no, a number); {@link #as} says what a type
 * cannot: that a text is long, or that a number counts seconds or bytes.
 */
@Retention(RUNTIME)
@Target(FIELD)
public @interface Shown {
    /** The label: "Estimated duration". */
    String value();

    As as() default As.TYPED;

    /** How a value reads where its type does not say. */
    enum As {
        /** As its type says. */
        TYPED,
        /** A text shown as a block of its own. */
        LONG_TEXT,
        /** A duration in seconds: "1 min 30 s". */
        SECONDS,
        /** A size in bytes: "12 KB". */
        BYTES
    }
}
