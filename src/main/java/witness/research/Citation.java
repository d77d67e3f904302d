package witness.research;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import witness.film.Scene;
import witness.film.Shot;
import witness.interview.Testimony;
import org.hibernate.annotations.OptimisticLock;

/** Links a scene (or one of its shots) to the source or testimony a claim rests on. */
@Entity
@Audited
@Table(name = "citation")
public class Citation extends PanacheEntity {
    @ManyToOne(optional = false)
    public Scene scene;
    @ManyToOne
    public Shot shot;
    @ManyToOne
    public Source source;
    @ManyToOne
    public Testimony testimony;
    /** 1-based order of the footnotes in the scene; renumbering its neighbours is not an edit of them. */
    @OptimisticLock(excluded = true)
    public int position;
    @Column(length = 100)
    public String locator;
    @Column(name = "cited_text", length = 20000)
    public String text;
    @Column(length = 4000)
    public String claim;
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public VerificationStatus status = VerificationStatus.UNVERIFIED;
    @Column(length = 200)
    public String verifiedBy;
    public LocalDate verifiedOn;
    @Version
    public long version;
}
