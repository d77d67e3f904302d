package witness.film;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import witness.core.Recorded;
import witness.core.Shown;
import witness.core.Versioned;
import witness.interview.Testimony;
import witness.source.Source;

/** Links a scene (or one of its shots) to the source or testimony a claim rests on. */
@Entity
@Audited
@Recorded(one = "citation", namedBy = "locator")
@Table(name = "citation")
public class Citation extends Versioned {
    @ManyToOne(optional = false) public Scene scene;
    @Shown("Shot") @ManyToOne public Shot shot;
    @Shown("Source") @ManyToOne public Source source;
    @Shown("Testimony") @ManyToOne public Testimony testimony;
    /** 1-based order of the footnotes in the scene; renumbering its neighbours is not an edit of them. */
    @Shown("Footnote number") @OptimisticLock(excluded = true) public int position;
    @Shown("Locator (page, timecode)") @Size(max = 100) @Column(length = 100) public String locator;
    @Shown(value = "Quoted or paraphrased text", as = Shown.As.LONG_TEXT)
    @Size(max = 20000) @Column(name = "cited_text", length = 20000) public String text;
    @Shown(value = "Claim it supports", as = Shown.As.LONG_TEXT)
    @Size(max = 4000) @Column(length = 4000) public String claim;
    @Shown("Verification")
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public VerificationStatus status = VerificationStatus.UNVERIFIED;
    @Shown("Verified by") @Size(max = 200) @Column(length = 200) public String verifiedBy;
    @Shown("Verified on") public LocalDate verifiedOn;

    /** The citation's page, "/films/{slug}/scenes/{scene}/citations/{id}", that its footnote's actions go on from. */
    public String path() {
        return scene.path() + "/citations/" + id;
    }
}
