package witness.chronology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.core.Film;
import witness.core.FilmItem;
import witness.core.Recorded;
import witness.core.SearchText;
import witness.core.SearchTextListener;
import witness.core.Searched;
import witness.core.Shown;
import witness.person.Person;
import witness.source.Source;

/** A dated event of the subject's life, dated as precisely as the research allows. */
@Entity
@Audited
@Recorded(one = "chronology event", namedBy = "description", code = "events", listed = 9)
@Table(name = "chronology_event")
@EntityListeners(SearchTextListener.class)
public class ChronologyEvent extends FilmItem implements Searched {
    @NotBlank @Size(max = 80) @Column(name = "event_key", nullable = false, length = 80) public String key;
    /** The first day of the period the precision allows: 1919-01-01 for "January 1919". */
    @Shown("Date") @NotNull @Column(name = "event_date", nullable = false) public LocalDate date;
    @Shown("Precision")
    @NotNull @Enumerated(EnumType.STRING) @Column(name = "date_precision", nullable = false, length = 10)
    public DatePrecision precision;
    @Shown("Place") @Size(max = 200) @Column(length = 200) public String place;
    @Shown(value = "Description", as = Shown.As.LONG_TEXT)
    @NotBlank @Size(max = 4000) @Column(nullable = false, length = 4000) public String description;
    @Shown("People") @ManyToMany @JoinTable(name = "event_person") public Set<Person> people = new HashSet<>();
    @Shown("Sources") @ManyToMany @JoinTable(name = "event_source") public Set<Source> sources = new HashSet<>();
    /** What the site search reads: its searched texts, folded ({@link Searched}). */
    @JsonIgnore @NotAudited @Size(max = SearchText.MAX) @Column(length = SearchText.MAX) public String searchText;

    /** The event's page (edit or delete it), "/films/{slug}/chronology/{key}": a list's row links to it without looking the film up. */
    public String path() {
        return "/films/" + film.slug + "/chronology/" + key;
    }

    public static Optional<ChronologyEvent> byKey(Film film, String key) {
        return find("film = ?1 and key = ?2", film, key).firstResultOptional();
    }

    public PartialDate when() {
        return new PartialDate(date, precision);
    }

    @Override
    public String foldedText() {
        return SearchText.of(description, place);
    }
}
