package witness.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import witness.film.Film;
import witness.person.Person;
import witness.research.Source;

/** Words attributed to a person: from an interview (timecodes) or a written source (page). */
@Entity
@Table(name = "testimony")
public class Testimony extends PanacheEntity {
    public static final String TIMECODE = "\\d{2}:[0-5]\\d:[0-5]\\d";

    @ManyToOne(optional = false)
    public Film film;
    @NotBlank @Column(name = "testimony_key", nullable = false, length = 80)
    public String key;
    @ManyToOne(optional = false)
    public Person person;
    @ManyToOne
    public Interview interview;
    @Pattern(regexp = TIMECODE) @Column(length = 12)
    public String timecodeIn;
    @Pattern(regexp = TIMECODE) @Column(length = 12)
    public String timecodeOut;
    @ManyToOne
    public Source source;
    @Column(length = 50)
    public String page;
    @NotBlank @Column(nullable = false, length = 20000)
    public String text;
    @Version
    public long version;
}
