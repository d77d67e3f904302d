package witness.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import witness.core.Versioned;
import witness.film.Shot;
import witness.interview.Interview;
import witness.location.Location;

/** A date in a schedule: where, when the crew is called, and what is to be filmed. */
@Entity
@Audited
@Table(name = "shoot_day")
public class ShootDay extends Versioned {
    public static final int NOTES_MAX = 5200;

    @ManyToOne(optional = false) public Schedule schedule;
    @NotNull @Column(name = "shoot_date", nullable = false) public LocalDate date;
    @ManyToOne public Location location;
    public LocalTime callTime;
    public LocalTime wrapTime;
    /** Who is called: crew and interviewees, each at their own time; in call order by {@link #called()}. */
    @OneToMany(mappedBy = "day", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ShootDayCall> calls = new ArrayList<>();
    @Size(max = 1000) @Column(length = 1000) public String travel;
    /** Up to 4,000 characters typed, and the crew lines written before calls kept at the end (V24). */
    @Size(max = NOTES_MAX) @Column(length = NOTES_MAX) public String notes;
    @ManyToMany
    @JoinTable(name = "shoot_day_interview")
    @OrderColumn(name = "position") public List<Interview> interviews = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "shoot_day_shot") @OrderColumn(name = "position") public List<Shot> shots = new ArrayList<>();

    /** The people called, by their call time, then name. */
    public List<ShootDayCall> called() {
        return calls.stream().sorted(ShootDayCall.CALL_ORDER).toList();
    }

    /** The planned length of the day by the schedule's settings, in minutes. */
    public int load() {
        return schedule.load(shots.size(), interviews.size());
    }

    public boolean overLimit() {
        return load() > schedule.dayLimitMinutes;
    }

    public static List<ShootDay> ofSchedule(Schedule schedule) {
        return list("schedule = ?1 order by date, id", schedule);
    }
}
