package witness.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import witness.core.Film;
import witness.core.Recorded;
import witness.core.Shown;

/**
 * The proxy of a clip: a small audio or video copy of the rushes, played on the transcript page. Its bytes are a
 * file of the proxies folder ({@link ProxyStore}) named {@link #storedName}; this row says what it is. Audited as
 * every change is (an upload is one), but never brought back from the history, as its file is gone with it.
 */
@Entity
@Audited
@Recorded(one = "proxy", namedBy = "fileName")
@Table(name = "clip_proxy")
public class ClipProxy extends PanacheEntity {
    @Shown("Clip") @OneToOne(optional = false) @JoinColumn(name = "clip_id", nullable = false, unique = true)
    public Clip clip;
    @Size(max = 60) @Column(nullable = false, length = 60) public String storedName;
    /** The name of the file as uploaded. */
    @Shown("File") @Size(max = 255) @Column(nullable = false, length = 255) public String fileName;
    @Shown("Type") @Size(max = 40) @Column(nullable = false, length = 40) public String contentType;
    @Shown(value = "Size", as = Shown.As.BYTES) @Column(nullable = false) public long fileSize;
    @Shown("Uploaded") @Column(nullable = false) public LocalDateTime uploadedAt;

    public static Optional<ClipProxy> of(Clip clip) {
        return find("clip", clip).firstResultOptional();
    }

    /** The proxies of the interview's clips. */
    public static List<ClipProxy> ofInterview(Interview interview) {
        return list("clip.interview", interview);
    }

    public static List<ClipProxy> ofFilm(Film film) {
        return list("clip.film", film);
    }

    /** Audio only: played by an audio element, not a video one. */
    public boolean audio() {
        return contentType.startsWith("audio/");
    }
}
