package witness.film;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.core.Film;
import witness.core.FilmItem;
import witness.core.Recorded;
import witness.core.Shown;

/** A block of the film, usually a period of the subject's life. */
@Entity
@Audited
@Recorded(one = "sequence", namedBy = "title", code = "sequences", listed = 1)
@Table(name = "film_sequence")
public class Sequence extends FilmItem {
    @NotBlank @Size(max = 80) @Column(name = "sequence_key", nullable = false, length = 80) public String key;
    /** 1-based place in the film; renumbering its neighbours is not an edit of them. */
    @Shown("Title") @NotBlank @Size(max = 300) @Column(nullable = false, length = 300) public String title;
    @Shown("Period") @Size(max = 100) @Column(length = 100) public String period;
    @Shown(value = "Synopsis", as = Shown.As.LONG_TEXT)
    @Size(max = 20000) @Column(length = 20000) public String synopsis;
    @Shown("Place in the film") @OptimisticLock(excluded = true) public int position;
    /** The number as printed while the film's numbers are locked ({@link Numbering}); null while they follow the order. */
    @JsonIgnore @NotAudited @OptimisticLock(excluded = true) @Size(max = 40) @Column(length = 40) public String printedNumber;

    /** "2", or as printed on a locked script: "2A". */
    public String number() {
        return printedNumber != null ? printedNumber : String.valueOf(position);
    }

    public static Optional<Sequence> byKey(Film film, String key) {
        return find("key = ?1 and film = ?2", key, film).firstResultOptional();
    }

    /** The sequence's address, "/films/{slug}/sequences/{key}": its forms post to it without looking the film up. */
    public String path() {
        return "/films/" + film.slug + "/sequences/" + key;
    }

    public static List<Sequence> ofFilm(Film film) {
        return list("film = ?1 order by position", film);
    }
}
