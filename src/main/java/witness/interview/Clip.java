package witness.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import witness.core.Film;
import witness.core.FilmItem;
import witness.core.Recorded;
import witness.core.Shown;

/**
 * Rushes of an interview: one recording as the edit suite knows it — its reel or tape name, the file, where its
 * timecode starts, its frame rate, its length when known, and whether it has picture (a sound recordist's clip has
 * none). The bites of a paper edit are cut from clips.
 */
@Entity
@Audited
@Recorded(one = "clip", namedBy = "reel")
@Table(name = "clip")
public class Clip extends FilmItem {
    @Shown("Interview") @ManyToOne(optional = false) public Interview interview;
    @NotBlank @Size(max = 80) @Column(name = "clip_key", nullable = false, length = 80) public String key;
    @Shown("Reel") @NotBlank @Size(max = 100) @Column(nullable = false, length = 100) public String reel;
    @Shown("Rushes file") @Size(max = 500) @Column(length = 500) public String fileName;
    @Shown("Start timecode") @NotBlank @Size(max = 11) @Column(name = "start_timecode", nullable = false, length = 11)
    public String start;
    @Shown("Frame rate") @NotNull @Enumerated(EnumType.STRING) @Column(name = "frame_rate", nullable = false, length = 20)
    public FrameRate rate;
    @Shown("Length") @Size(max = 11) @Column(length = 11) public String duration;
    @Shown("Picture") public boolean picture = true;

    /** Where the clip starts, at its rate. */
    public SmpteTimecode startTimecode() {
        return SmpteTimecode.parse(start, rate);
    }

    /** Its last frame plus one, where its length is known; null otherwise. */
    public SmpteTimecode end() {
        return duration == null ? null : startTimecode().plus(SmpteTimecode.parse(duration, rate).frames());
    }

    public static Optional<Clip> byKey(Film film, String key) {
        return find("film = ?1 and key = ?2", film, key).firstResultOptional();
    }

    /** Every clip of the film, with its interview and interviewee, by interview and start. */
    public static List<Clip> ofFilm(Film film) {
        return list("from Clip c join fetch c.interview i left join fetch i.person where c.film = ?1"
                + " order by i.key, c.start, c.key", film);
    }

    public static List<Clip> ofInterview(Interview interview) {
        return list("interview = ?1 order by start, key", interview);
    }
}
