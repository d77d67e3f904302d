package witness.film;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.core.Film;
import witness.core.Recorded;
import witness.core.SearchText;
import witness.core.SearchTextListener;
import witness.core.Searched;
import witness.core.Shown;
import witness.core.Versioned;
import witness.location.Location;
import witness.person.Person;
import witness.source.Source;

/** A line of the shot list. */
@Entity
@Audited
@Recorded(one = "shot", namedBy = "key", code = "shots", listed = 3)
@Table(name = "shot")
@EntityListeners(SearchTextListener.class)
public class Shot extends Versioned implements Searched {
    @Shown("Scene") @ManyToOne(optional = false) public Scene scene;
    @NotBlank @Size(max = 80) @Column(name = "shot_key", nullable = false, length = 80) public String key;
    /** 1-based place in its scene; renumbering its neighbours is not an edit of them. */
    @Shown("Place in the scene") @OptimisticLock(excluded = true) public int position;
    /** The number as printed while the film's numbers are locked ({@link Numbering}); null while they follow the order. */
    @JsonIgnore @NotAudited @OptimisticLock(excluded = true) @Size(max = 40) @Column(length = 40) public String printedNumber;
    @Shown("Kind") @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 30) public ShotKind kind;
    @Shown(value = "Description", as = Shown.As.LONG_TEXT)
    @Size(max = 4000) @Column(length = 4000) public String description;
    @Shown("Audio") @Enumerated(EnumType.STRING) @Column(length = 20) public ShotAudio audio;
    @Shown("Framing") @Enumerated(EnumType.STRING) @Column(length = 10) public Framing framing;
    @Shown("Camera movement") @Enumerated(EnumType.STRING) @Column(length = 20) public CameraMovement movement;
    @Shown(value = "Estimated time", as = Shown.As.SECONDS)
    @Min(value = 0, message = "must not be negative") @Max(value = 36000, message = "must be at most 10 hours")
    public Integer seconds;
    @Shown("Location") @ManyToOne public Location location;
    @Shown("Interviewee") @ManyToOne public Person person;
    @Shown("Source") @ManyToOne public Source source;
    @Shown("Status")
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public ShotStatus status = ShotStatus.PLANNED;
    @Shown(value = "Notes", as = Shown.As.LONG_TEXT) @Size(max = 4000) @Column(length = 4000) public String notes;
    /** What the site search reads: its searched texts, folded ({@link Searched}). */
    @JsonIgnore @NotAudited @Size(max = SearchText.MAX) @Column(length = SearchText.MAX) public String searchText;

    /** sequence.scene.shot, e.g. 2.3.4: follows the order (reordering renumbers) unless the numbers are locked. */
    public String number() {
        return printedNumber != null ? printedNumber : scene.number() + "." + position;
    }

    /** The shot's address, "/films/{slug}/shots/{key}", that its row's links and buttons go on from. */
    public String path() {
        return "/films/" + scene.sequence.film.slug + "/shots/" + key;
    }

    public static Optional<Shot> byKey(Film film, String key) {
        return find("key = ?1 and scene.sequence.film = ?2", key, film).firstResultOptional();
    }

    /** The film's shots that use a source or are of one of these kinds, in film order, with what they name. */
    public static List<Shot> withSourceOrKind(Film film, Collection<ShotKind> kinds) {
        return list("from Shot s join fetch s.scene sc join fetch sc.sequence q left join fetch s.source"
                + " left join fetch s.location left join fetch s.person"
                + " where q.film = ?1 and (s.source is not null or s.kind in ?2)"
                + " order by q.position, sc.position, s.position", film, kinds);
    }

    public static List<Shot> ofScene(Scene scene) {
        return list("scene = ?1 order by position", scene);
    }

    @Override
    public String foldedText() {
        return SearchText.of(description, notes);
    }
}
