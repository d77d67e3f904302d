package witness.core;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/** An item that belongs to one film directly (its key, where it has one, is unique in its kind within the film). */
@MappedSuperclass
@Audited
public abstract class FilmItem extends Versioned {
    @ManyToOne(optional = false) public Film film;
}
