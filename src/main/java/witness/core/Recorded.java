package witness.core;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An audited entity as the history pages name it. Its table, columns and collections come from the mapping, its
 * fields' labels from {@link Shown}; this says what the mapping cannot: what one is called, which field names one,
 * whether it is personal data, and where the deleted items page lists it.
 */
@Retention(RUNTIME)
@Target(TYPE)
public @interface Recorded {
    /** What one is called: "scene", "research log entry". */
    String one();

    /** The field whose value names one on the history pages: "title", "key". */
    String namedBy();

    /** Personal data: its history is shown to producers only. */
    boolean personal() default false;

    /** How the deleted items page's links name the kind ("log-entries"); none where it is not listed. */
    String code() default "";

    /** Its place on the deleted items page (1 first); 0 for a kind restored only with what it belongs to. */
    int listed() default 0;
}
