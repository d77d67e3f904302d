package witness.film;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.List;
import witness.core.Film;

/**
 * A sequence, scene or shot deleted while the film's numbers were locked: its number stays in the script as
 * OMITTED, in the sequence or scene it was in (none for a sequence), so that the crew's printed pages still
 * find it. Unlocking the numbers removes these.
 */
@Entity
@Table(name = "omitted_number")
public class OmittedNumber extends PanacheEntity {
    static final int KEPT_LENGTH = 1_000_000;
    /** What "omitted" means where the API answers it. */
    static final String MEANS = "Deleted while the numbers were locked: the script keeps its number as OMITTED (only"
            + " its number, title or description and where it was are then given)";

    public enum Kind {
        SEQUENCE, SCENE, SHOT
    }

    @ManyToOne(optional = false) public Film film;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 10) public Kind kind;
    /** The sequence an omitted scene was in. */
    @ManyToOne public Sequence sequence;
    /** The scene an omitted shot was in. */
    @ManyToOne public Scene scene;
    /** The id the deleted item had: restoring it from the deleted items gives it its number back. */
    @Column(nullable = false) public long itemId;
    @Size(max = 40) @Column(nullable = false, length = 40) public String number;
    /** What it was: a sequence's or scene's title, a shot's kind and description, shortened. */
    @Size(max = 300) @Column(length = 300) public String title;
    /**
     * The numbers of what went with a deleted sequence or scene, a line each: "SCENE 12 2.3", "SHOT 40 2.3.1A",
     * so that restoring it gives them their numbers back.
     */
    @Size(max = KEPT_LENGTH) @Column(length = KEPT_LENGTH) public String kept;

    static OmittedNumber of(Film film, Kind kind, long itemId, String number, String title) {
        OmittedNumber omitted = new OmittedNumber();
        omitted.film = film;
        omitted.kind = kind;
        omitted.itemId = itemId;
        omitted.number = number;
        omitted.title = title == null || title.length() <= 300 ? title : title.substring(0, 299) + "\u2026";
        return omitted;
    }

    /** The numbers kept for what went with it, by "SCENE 12" or "SHOT 40". */
    java.util.Map<String, String> keptNumbers() {
        java.util.Map<String, String> numbers = new java.util.HashMap<>();
        if (kept != null) {
            for (String line : kept.split("\n")) {
                int last = line.lastIndexOf(' ');
                if (last > 0) {
                    numbers.put(line.substring(0, last), line.substring(last + 1));
                }
            }
        }
        return numbers;
    }

    public static List<OmittedNumber> ofFilm(Film film) {
        return list("film = ?1", film);
    }

    public static List<String> numbers(Film film, Kind kind) {
        return getEntityManager().createQuery("select o.number from OmittedNumber o where o.film = :film"
                + " and o.kind = :kind", String.class).setParameter("film", film).setParameter("kind", kind)
                .getResultList();
    }
}
