package witness.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import witness.core.Film;
import witness.core.FilmItem;

/** A named set of shoot days, such as "Mexico shoot". */
@Entity
@Audited
@Table(name = "schedule")
public class Schedule extends FilmItem {
    public static final int DAY_LIMIT_MINUTES = 600, MINUTES_PER_SHOT = 30, MINUTES_PER_INTERVIEW = 120,
            MAX_TRAVEL_KM = 500;
    @NotBlank @Size(max = 80) @Column(name = "schedule_key", nullable = false, length = 80) public String key;
    @NotBlank @Size(max = 200) @Column(nullable = false, length = 200) public String name;
    /** How long a shoot day may be, call to wrap, in minutes. */
    @Min(value = 60, message = "must be at least 60 minutes") @Max(value = 1440, message = "must be at most 1440 minutes (24 hours)")
    @Column(name = "day_limit_minutes", nullable = false) public int dayLimitMinutes = DAY_LIMIT_MINUTES;
    /** The set-up and shooting time a shot takes on the day. */
    @Min(value = 1, message = "must be at least 1 minute") @Max(value = 1440, message = "must be at most 1440 minutes (24 hours)")
    @Column(name = "minutes_per_shot", nullable = false) public int minutesPerShot = MINUTES_PER_SHOT;
    @Min(value = 1, message = "must be at least 1 minute") @Max(value = 1440, message = "must be at most 1440 minutes (24 hours)")
    @Column(name = "minutes_per_interview", nullable = false) public int minutesPerInterview = MINUTES_PER_INTERVIEW;
    /** The farthest the crew can travel between two consecutive days (the conflict checks use it). */
    @Min(value = 0, message = "must not be negative") @Max(value = 20000, message = "must be at most 20000 km")
    @Column(name = "max_travel_km", nullable = false) public int maxTravelKm = MAX_TRAVEL_KM;

    /** The planned length of a day with so many shots and interviews, in minutes. */
    public int load(int shots, int interviews) {
        return shots * minutesPerShot + interviews * minutesPerInterview;
    }

    public static Optional<Schedule> byKey(Film film, String key) {
        return find("film = ?1 and key = ?2", film, key).firstResultOptional();
    }

    public static List<Schedule> ofFilm(Film film) {
        return list("film = ?1 order by key", film);
    }
}
