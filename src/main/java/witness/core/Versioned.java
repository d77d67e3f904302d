package witness.core;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import witness.web.VersionRead;
import witness.web.WriteConflict;

/** An item whose writers send back the version they read, so that a change made against an older one is refused. */
@MappedSuperclass
public abstract class Versioned extends PanacheEntity {
    @Version public long version;

    /** The item, unless it changed since the version its writer read ({@code read}): then 409, and 422 for none. */
    public static <T extends Versioned> T current(String what, T item, Long read) {
        WriteConflict.unlessCurrent(what, item.version, read);
        return item;
    }

    /** The item, unless it changed since the version a form or the API sent back. */
    public static <T extends Versioned> T current(String what, T item, VersionRead read) {
        return current(what, item, VersionRead.of(read));
    }
}
