package witness.script;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import witness.core.Film;

/**
 * A draft of the shooting script as it was issued to the crew and the commissioning editor: its number in the
 * film, name (the title page's version), revision colour, when and by whom, and the script itself as a snapshot
 * ({@link DraftSnapshot}, gzipped JSON) that later edits do not touch. Never changed once issued.
 */
@Entity
@Table(name = "script_draft")
public class ScriptDraft extends PanacheEntity {
    public static final int NAME_LENGTH = 100;

    @ManyToOne(optional = false) public Film film;
    /** 1 for the first draft issued, then 2, 3 …; unique in the film. */
    public int number;
    @Size(max = NAME_LENGTH) @Column(nullable = false, length = NAME_LENGTH) public String name;
    @Size(max = 20) @Column(nullable = false, length = 20) public String colour;
    @Column(nullable = false) public Instant issuedAt;
    @Size(max = 100) @Column(nullable = false, length = 100) public String issuedBy;
    public int scenes;
    public int shots;
    public int seconds;
    @Basic(fetch = FetchType.LAZY) @JdbcTypeCode(SqlTypes.VARBINARY) @Column(nullable = false) public byte[] snapshot;

    public static List<ScriptDraft> ofFilm(Film film) {
        return list("film = ?1 order by number", film);
    }

    public static Optional<ScriptDraft> byNumber(Film film, int number) {
        return find("film = ?1 and number = ?2", film, number).firstResultOptional();
    }

    /** The number the next draft of the film will have. */
    public static int next(Film film) {
        Integer last = getEntityManager().createQuery("select max(d.number) from ScriptDraft d where d.film = :film",
                Integer.class).setParameter("film", film).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** The paper colour's swatch on the drafts page. */
    public String paper() {
        return RevisionColour.paper(number);
    }
}
