package witness.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import witness.core.Film;
import witness.core.FilmItem;
import witness.core.Recorded;
import witness.core.Shown;
import witness.location.Location;
import witness.person.Person;
import witness.web.Lines;
import witness.web.StringListConverter;

/**
 * A person filmed (or to be filmed) for a film. Where the research names no one yet
 * ("relatives in Russia") the interview has a label instead of a person.
 */
@Entity
@Audited
@Recorded(one = "interview", namedBy = "key", code = "interviews", listed = 4)
@Table(name = "interview")
public class Interview extends FilmItem {
    @NotBlank @Size(max = 80) @Column(name = "interview_key", nullable = false, length = 80) public String key;
    @Shown("Person") @ManyToOne public Person person;
    @Shown("Label") @Size(max = 200) @Column(length = 200) public String label;
    @Shown("Status")
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public InterviewStatus status = InterviewStatus.IDENTIFIED;
    @Shown("Language") @Size(max = 100) @Column(length = 100) public String language;
    @Shown("Interpreter") @Size(max = 200) @Column(length = 200) public String interpreter;
    @Shown("Place") @Size(max = 200) @Column(length = 200) public String place;
    /** Where it is (to be) filmed, when that is one of the film's locations. */
    @Shown("Location") @ManyToOne public Location location;
    @Shown("Date") @Column(name = "interview_date") public LocalDate date;
    @Shown("Topics")
    @Convert(converter = StringListConverter.class) @Column(length = 4000) @Lines(max = 4000)
    public List<String> topics = new ArrayList<>();
    @Shown("Questions")
    @Convert(converter = StringListConverter.class) @Column(length = 20000) @Lines(max = 20000)
    public List<String> questions = new ArrayList<>();
    @Shown("Release form")
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 10)
    public ReleaseStatus release = ReleaseStatus.NONE;
    @Shown("Release signed on") public LocalDate releaseSignedOn;
    @Shown("Fee") @DecimalMin("0") @Column(precision = 12, scale = 2) public BigDecimal fee;
    @Shown(value = "Notes", as = Shown.As.LONG_TEXT) @Size(max = 4000) @Column(length = 4000) public String notes;

    /** Who is interviewed, as the board shows it. */
    public String interviewee() {
        return person != null ? person.name : label;
    }

    /** The two things a producer must not forget: filmed without a signed release, scheduled without a date. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if ((status == InterviewStatus.FILMED || status == InterviewStatus.TRANSCRIBED)
                && release != ReleaseStatus.SIGNED) {
            warnings.add("Filmed without a signed release form");
        }
        if (status == InterviewStatus.SCHEDULED && date == null) {
            warnings.add("Scheduled without a date");
        }
        return warnings;
    }

    public static Optional<Interview> byKey(Film film, String key) {
        return find("film = ?1 and key = ?2", film, key).firstResultOptional();
    }

    /**
     * The film's interviews that {@link #warnings()} warns about, in one query: the same rule as a
     * query, so that the dashboard does not read every interview.
     */
    public static List<Interview> withWarnings(Film film) {
        // single values, not a list: Hibernate keeps the SQL of a query whose parameters are single values only
        return list("from Interview i left join fetch i.person left join fetch i.location where i.film = ?1 and ("
                + "((i.status = ?2 or i.status = ?5) and i.release <> ?3) or (i.status = ?4 and i.date is null))"
                + " order by i.key", film, InterviewStatus.FILMED, ReleaseStatus.SIGNED, InterviewStatus.SCHEDULED,
                InterviewStatus.TRANSCRIBED);
    }

    /** The interview's page, "/films/{slug}/interviews/{key}": a row links to it without looking the film up. */
    public String path() {
        return "/films/" + film.slug + "/interviews/" + key;
    }

    public static List<Interview> ofFilm(Film film) {
        return list("from Interview i left join fetch i.person left join fetch i.location where i.film = ?1"
                + " order by i.key", film);
    }
}
