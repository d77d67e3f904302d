package witness.web;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

/** A write refused because someone else changed the thing since the writer last read it (409). */
public class WriteConflict extends RuntimeException {

    public WriteConflict(String message) {
        super(message);
    }

    /**
     * Stores a numbered record (a draft, a version) whose number a unique constraint (its name) keeps one of: the
     * second of two made at the same moment is refused with the message (409), any other fault passes on.
     */
    public static void unlessNumberTaken(Runnable persist, String constraint, String message) {
        try {
            persist.run();
        } catch (PersistenceException e) {
            Throwable cause = e instanceof ConstraintViolationException ? e : e.getCause();
            String name = cause instanceof ConstraintViolationException violation ? violation.getConstraintName() : null;
            if (name == null || !name.toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                throw e;
            }
            throw new WriteConflict(message);
        }
    }

    /** Refuses a write made against an older version than the one stored. */
    public static void unlessCurrent(String what, long stored, Long read) {
        if (read == null) {
            throw new Invalid("version", "is required: send the version you read, so that no one's change is overwritten");
        }
        if (stored != read) {
            throw new WriteConflict("This " + what + " was changed by someone else since you opened it (your version "
                    + read + ", now " + stored + "). Nothing was saved: reload it and make your change again.");
        }
    }
}
