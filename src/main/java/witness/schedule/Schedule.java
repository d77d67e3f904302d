package witness.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import witness.film.Film;

/** A named set of shoot days, such as "Mexico shoot". */
@Entity
@Table(name = "schedule")
public class Schedule extends PanacheEntity {
    @ManyToOne(optional = false)
    public Film film;
    @NotBlank @Column(name = "schedule_key", nullable = false, length = 80)
    public String key;
    @NotBlank @Column(nullable = false, length = 200)
    public String name;
    @Version
    public long version;

    public static List<Schedule> ofFilm(Film film) {
        return list("film = ?1 order by key", film);
    }
}
