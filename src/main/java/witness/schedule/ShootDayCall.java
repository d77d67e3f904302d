package witness.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.hibernate.envers.Audited;
import witness.core.Versioned;
import witness.person.Person;

/** A person called on a shoot day — crew or interviewee — at their own time (none: the day's call), with notes. */
@Entity
@Audited
@Table(name = "shoot_day_call")
public class ShootDayCall extends Versioned {
    /** Calls in the order a call sheet lists them: by the time each is called, then by name. */
    public static final Comparator<ShootDayCall> CALL_ORDER = Comparator
            .comparing(ShootDayCall::time, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.person.name);

    @ManyToOne(optional = false) @JoinColumn(name = "shoot_day_id") public ShootDay day;
    @ManyToOne(optional = false) public Person person;
    @Column(name = "call_time") public LocalTime callTime;
    @Size(max = 500) @Column(length = 500) public String notes;

    /** When the person is called: their own time, else the day's; null while neither is set. */
    public LocalTime time() {
        return callTime != null ? callTime : day.callTime;
    }

    /** 08:30, or empty while the day has no call time. */
    public String clock() {
        return CallSheet.time(time());
    }

    /** "Vlady Kibalchich 07:30": who and when, as a list cell or a calendar writes it. */
    public String line() {
        LocalTime t = time();
        return t == null ? person.name : person.name + " " + CallSheet.time(t);
    }

    /** What they are on the day: their crew role ("camera"), else "interviewee" or their role. */
    public String part() {
        return person.crewRole != null ? person.crewRole.label() : person.role.label();
    }

    public static List<ShootDayCall> ofDay(ShootDay day) {
        return list("day", day);
    }
}
