package witness.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import witness.core.Recorded;
import witness.core.Shown;
import witness.web.FileTypes;

/**
 * The scan of an interview's signed release form. Personal data: only producers upload, see and
 * download it. Kept in a table of its own (not in the dossier) so that it can be withheld or erased
 * without touching the interview.
 */
@Entity
@Audited
@Recorded(one = "release form scan", namedBy = "fileName", personal = true)
@Table(name = "release_form")
public class ReleaseForm extends PanacheEntity {
    /** The largest scan accepted: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @OneToOne(optional = false)
    @JoinColumn(name = "interview_id", nullable = false, unique = true) public Interview interview;
    @Shown("File") @Size(max = 255) @Column(nullable = false, length = 255) public String fileName;
    @Shown("Type") @Size(max = 100) @Column(nullable = false, length = 100) public String contentType;
    @Shown(value = "Size", as = Shown.As.BYTES) @Column(nullable = false) public long fileSize;
    @NotAudited
    @Basic(fetch = FetchType.LAZY) @JdbcTypeCode(SqlTypes.VARBINARY) @Column(nullable = false) public byte[] content;
    @Shown("Uploaded") @Column(nullable = false) public LocalDateTime uploadedAt;

    public static Optional<ReleaseForm> of(Interview interview) {
        return find("interview", interview).firstResultOptional();
    }

    /** What a file's first bytes say it is: application/pdf, image/jpeg, image/png, or null for anything else. */
    public static String typeOf(byte[] head) {
        return FileTypes.of(head, Set.of(FileTypes.PDF, FileTypes.JPEG, FileTypes.PNG));
    }
}
