package witness.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One recorded change: a transaction that changed audited entities, who made it and when. Each *_aud table
 * row names the revision it belongs to.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionStamp.class)
public class Revision extends PanacheEntityBase {
    /** Who changes things when no one is signed in: the dossier import at first start, commands. */
    public static final String SYSTEM = "system";

    @Id @GeneratedValue @RevisionNumber public long id;
    @RevisionTimestamp @Column(name = "revision_time", nullable = false) public Instant at;
    @Size(max = 80) @Column(nullable = false, length = 80) public String username;
}
