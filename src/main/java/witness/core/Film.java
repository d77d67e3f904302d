package witness.core;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import witness.web.Labelled;
import witness.web.Lines;
import witness.web.StringListConverter;

@Entity
@Audited
@Recorded(one = "film", namedBy = "title")
@Table(name = "film")
public class Film extends Versioned {
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    @NotBlank @Pattern(regexp = SLUG) @Size(max = 80) @Column(unique = true, nullable = false, length = 80)
    public String slug;
    @Shown("Title") @NotBlank @Size(max = 300) @Column(nullable = false, length = 300) public String title;
    @Shown("Broadcaster") @Size(max = 200) @Column(length = 200) public String broadcaster;
    @Shown(value = "Logline", as = Shown.As.LONG_TEXT) @Size(max = 2000) @Column(length = 2000) public String logline;
    @Shown(value = "Synopsis", as = Shown.As.LONG_TEXT)
    @Size(max = 20000) @Column(length = 20000) public String synopsis;
    @Shown("Target running time (minutes)") @Min(1) public Integer targetMinutes;
    /** The codes of the parts of this film's facts that are {@link Illustrative}, not research. */
    @Shown("Illustrative") @Convert(converter = StringListConverter.class) @Column(length = 500) @Lines(max = 500)
    public List<String> illustrative = new ArrayList<>();
    /** The script's title page: who makes the film, set by producers. */
    @Shown("Production company") @Size(max = 200) @Column(length = 200) public String productionCompany;
    @Shown("Producer") @Size(max = 200) @Column(length = 200) public String producer;
    @Shown("Director") @Size(max = 200) @Column(length = 200) public String director;
    @Shown("Writer") @Size(max = 200) @Column(length = 200) public String writer;
    @Shown(value = "Contacts", as = Shown.As.LONG_TEXT) @Size(max = 2000) @Column(length = 2000) public String contacts;
    /** When the script's numbers were locked, and by whom; null while they follow the order. */
    public Instant numbersLockedAt;
    @Size(max = 100) @Column(length = 100) public String numbersLockedBy;

    /** Whether sequence, scene and shot numbers stay as printed (2.3A for a scene added after 2.3). */
    public boolean numbersLocked() {
        return numbersLockedAt != null;
    }

    public static Optional<Film> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The note that marks a part of the film as illustrative, or null where that part is research. */
    public String illustrativeNote(String part) {
        Illustrative illustrated = Labelled.of(Illustrative.class, part);
        return illustrated != null && illustrative.contains(part) ? illustrated.note() : null;
    }

    public static List<Film> allByTitle() {
        return list("order by title");
    }
}
