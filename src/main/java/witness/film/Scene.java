package witness.film;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.chronology.ChronologyEvent;
import witness.core.Film;
import witness.core.Recorded;
import witness.core.SearchText;
import witness.core.SearchTextListener;
import witness.core.Searched;
import witness.core.Shown;
import witness.core.Versioned;
import witness.interview.Testimony;

/** A unit inside a sequence: what the audience learns, where and when, and its narration. */
@Entity
@Audited
@Recorded(one = "scene", namedBy = "title", code = "scenes", listed = 2)
@Table(name = "scene")
@EntityListeners(SearchTextListener.class)
public class Scene extends Versioned implements Searched {
    @Shown("Sequence") @ManyToOne(optional = false) public Sequence sequence;
    @NotBlank @Size(max = 80) @Column(name = "scene_key", nullable = false, length = 80) public String key;
    /** 1-based place in its sequence; renumbering its neighbours is not an edit of them. */
    @Shown("Place in the sequence") @OptimisticLock(excluded = true) public int position;
    /** The number as printed while the film's numbers are locked ({@link Numbering}); null while they follow the order. */
    @JsonIgnore @NotAudited @OptimisticLock(excluded = true) @Size(max = 40) @Column(length = 40) public String printedNumber;
    @Shown("Title") @NotBlank @Size(max = 300) @Column(nullable = false, length = 300) public String title;
    @Shown(value = "Purpose", as = Shown.As.LONG_TEXT) @Size(max = 2000) @Column(length = 2000) public String purpose;
    @Shown("Setting") @Size(max = 300) @Column(length = 300) public String setting;
    @Shown("Era") @Size(max = 100) @Column(length = 100) public String era;
    @Shown(value = "Narration", as = Shown.As.LONG_TEXT)
    @Size(max = 20000) @Column(length = 20000) public String narration;
    @Shown(value = "Estimated duration", as = Shown.As.SECONDS)
    @Min(value = 0, message = "must not be negative") @Max(value = 36000, message = "must be at most 10 hours")
    public Integer estimatedSeconds;
    @Shown("Status")
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public SceneStatus status = SceneStatus.DRAFT;
    @Shown("Chronology events covered")
    @ManyToMany @JoinTable(name = "scene_event") public Set<ChronologyEvent> events = new HashSet<>();
    /** The paper edit: the testimony chosen for this scene, in order. */
    @Shown("Paper edit (testimonies)")
    @ManyToMany
    @JoinTable(name = "scene_testimony")
    @OrderColumn(name = "position") public List<Testimony> testimonies = new ArrayList<>();
    /** What the site search reads: its searched texts, folded ({@link Searched}). */
    @JsonIgnore @NotAudited @Size(max = SearchText.MAX) @Column(length = SearchText.MAX) public String searchText;

    public String number() {
        return printedNumber != null ? printedNumber : sequence.position + "." + position;
    }

    /** The scene's page, "/films/{slug}/scenes/{key}": a list's row links to it without looking the film up. */
    public String path() {
        return "/films/" + sequence.film.slug + "/scenes/" + key;
    }

    public static Optional<Scene> byKey(Film film, String key) {
        return find("key = ?1 and sequence.film = ?2", key, film).firstResultOptional();
    }

    public static List<Scene> ofSequence(Sequence sequence) {
        return list("sequence = ?1 order by position", sequence);
    }

    public static List<Scene> ofFilm(Film film) {
        return list("from Scene s join fetch s.sequence q where q.film = ?1 order by q.position, s.position", film);
    }

    @Override
    public String foldedText() {
        return SearchText.of(title, purpose, setting, era, narration);
    }
}
