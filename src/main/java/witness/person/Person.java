package witness.person;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.core.Film;
import witness.core.FilmItem;
import witness.core.Recorded;
import witness.core.SearchText;
import witness.core.SearchTextListener;
import witness.core.Searched;
import witness.core.Shown;
import witness.web.Lines;
import witness.web.StringListConverter;

/** Anyone the film touches: interviewees, witnesses, historical figures, crew. */
@Entity
@Audited
@Recorded(one = "person", namedBy = "name", code = "people", listed = 6)
@Table(name = "person")
@EntityListeners(SearchTextListener.class)
public class Person extends FilmItem implements Searched {
    @NotBlank @Size(max = 80) @Column(name = "person_key", nullable = false, length = 80) public String key;
    @Shown("Name") @NotBlank @Size(max = 200) @Column(nullable = false, length = 200) public String name;
    @Shown("Other names")
    @Convert(converter = StringListConverter.class) @Column(length = 1000) @Lines(max = 1000)
    public List<String> otherNames = new ArrayList<>();
    @Shown("Relation to the subject")
    @NotBlank @Size(max = 300) @Column(nullable = false, length = 300) public String relation;
    @Shown("Role") @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) public PersonRole role;
    /** A crew member's job on the shoot; none for anyone else. */
    @Shown("Crew role") @Enumerated(EnumType.STRING) @Column(length = 20) public CrewRole crewRole;
    @Shown("Department") @Size(max = 100) @Column(length = 100) public String department;
    @Shown("Languages")
    @Convert(converter = StringListConverter.class) @Column(length = 1000) @Lines(max = 1000)
    public List<String> languages = new ArrayList<>();
    /** As of the production; null when the research does not know. */
    @Shown("Alive") public Boolean alive;
    @Shown(value = "Notes", as = Shown.As.LONG_TEXT) @Size(max = 4000) @Column(length = 4000) public String notes;
    /** What the site search reads: its searched texts, folded ({@link Searched}). */
    @JsonIgnore @NotAudited @Size(max = SearchText.MAX) @Column(length = SearchText.MAX) public String searchText;

    /** The person's page, "/films/{slug}/people/{key}": a list's row links to it without looking the film up. */
    public String path() {
        return "/films/" + film.slug + "/people/" + key;
    }

    /** The department written, else the crew role's own; null for anyone not crew. */
    public String crewDepartment() {
        return department != null ? department : crewRole == null ? null : crewRole.department;
    }

    public static Optional<Person> byKey(Film film, String key) {
        return find("film = ?1 and key = ?2", film, key).firstResultOptional();
    }

    /** alive, deceased or unknown */
    public String living() {
        return alive == null ? "unknown" : alive ? "alive" : "deceased";
    }

    public static List<Person> ofFilm(Film film) {
        return list("film = ?1 order by name", film);
    }

    @Override
    public String foldedText() {
        return SearchText.of(name, relation, notes);
    }
}
