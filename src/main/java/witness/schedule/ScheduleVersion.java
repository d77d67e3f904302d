package witness.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import witness.web.Formats;

/**
 * A schedule as it was published to the crew: its number in the schedule, when and by whom, and the schedule itself
 * as a snapshot ({@link ScheduleSnapshot}, gzipped JSON) that later changes do not touch. Never changed once
 * published.
 */
@Entity
@Table(name = "schedule_version")
public class ScheduleVersion extends PanacheEntity {
    @ManyToOne(optional = false) public Schedule schedule;
    /** 1 for the first version published, then 2, 3 …; unique in the schedule. */
    public int number;
    @Column(nullable = false) public Instant publishedAt;
    @Size(max = 100) @Column(nullable = false, length = 100) public String publishedBy;
    public int days;
    @Basic(fetch = FetchType.LAZY) @JdbcTypeCode(SqlTypes.VARBINARY) @Column(nullable = false) public byte[] snapshot;

    public static List<ScheduleVersion> ofSchedule(Schedule schedule) {
        return list("schedule = ?1 order by number", schedule);
    }

    public static Optional<ScheduleVersion> byNumber(Schedule schedule, int number) {
        return find("schedule = ?1 and number = ?2", schedule, number).firstResultOptional();
    }

    public static Optional<ScheduleVersion> latest(Schedule schedule) {
        return find("schedule = ?1 order by number desc", schedule).firstResultOptional();
    }

    /** The number the schedule's next version will have. */
    public static int next(Schedule schedule) {
        return latest(schedule).map(v -> v.number + 1).orElse(1);
    }

    public LocalDate publishedOn() {
        return LocalDate.ofInstant(publishedAt, ZoneId.systemDefault());
    }

    /** "version 3, published 7 December 2026" */
    public String label() {
        return "version " + number + ", published " + Formats.human(publishedOn());
    }
}
