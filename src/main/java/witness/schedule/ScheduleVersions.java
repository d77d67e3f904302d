package witness.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import witness.core.Film;
import witness.web.BadRequest;
import witness.web.WriteConflict;
import witness.web.ZippedJson;

/** Publishes a schedule as a numbered version, reads a version back, and compares two. */
@ApplicationScoped
public class ScheduleVersions {
    static final int SNAPSHOT_AT_MOST = 16 * 1024 * 1024;

    @Inject ObjectMapper json;

    /**
     * Publishes the schedule as it is now as its next version; 409 when {@code expected} (the number the publisher
     * saw offered) is not the next one, or another version was published at the same moment.
     */
    @Transactional
    public ScheduleVersion publish(Film film, String key, Integer expected, String who) {
        Schedule schedule = ScheduleEditor.find(film, key);
        int number = ScheduleVersion.next(schedule);
        if (expected != null && expected != number) {
            throw new WriteConflict(expected < number ? "Version " + (number - 1) + " was published while you were"
                    + " looking: reload the schedule and publish again if it still needs a new version."
                    : "There is no version " + (expected - 1) + " yet: the next version is version " + number + ".");
        }
        ScheduleSnapshot snapshot = ScheduleSnapshot.of(schedule, SchedulePlan.days(schedule));
        ScheduleVersion version = new ScheduleVersion();
        version.schedule = schedule;
        version.number = number;
        version.publishedAt = Instant.now();
        version.publishedBy = who;
        version.days = snapshot.days().size();
        version.snapshot = ZippedJson.write(json, snapshot);
        WriteConflict.unlessNumberTaken(version::persistAndFlush, "schedule_version_number",
                "Another version was published at the same moment: reload the schedule.");
        return version;
    }

    public ScheduleSnapshot snapshot(ScheduleVersion version) {
        return ZippedJson.read(json, version.snapshot, ScheduleSnapshot.class, SNAPSHOT_AT_MOST,
                "Version " + version.number + " of " + version.schedule.key);
    }

    /** What changed from version {@code a} to version {@code b}; 400 for a version compared with itself. */
    public ScheduleComparison compare(Film film, String key, int a, int b) {
        if (a == b) {
            throw new BadRequest("b", "must be another version than " + a + ": a version is the same as itself");
        }
        Schedule schedule = ScheduleEditor.find(film, key);
        ScheduleVersion from = version(schedule, a), to = version(schedule, b);
        return ScheduleComparison.of(from, snapshot(from), to, snapshot(to));
    }

    /**
     * The version a day's call sheet comes from — the schedule's latest — and whether the day changed since it was
     * published (or was not in it); empty when the schedule was never published.
     */
    public Optional<Published> published(ShootDay day) {
        return ScheduleVersion.latest(day.schedule).map(version -> Published.of(version, snapshot(version), day));
    }

    /** As {@link #published(ShootDay)} for each of a schedule's days, the latest version read once; null: none. */
    public Function<ShootDay, Published> published(Schedule schedule) {
        Optional<ScheduleVersion> latest = ScheduleVersion.latest(schedule);
        if (latest.isEmpty()) {
            return day -> null;
        }
        ScheduleSnapshot snapshot = snapshot(latest.get());
        return day -> Published.of(latest.get(), snapshot, day);
    }

    /** The latest version of a day's schedule, and whether the day has changed since. */
    public record Published(ScheduleVersion version, boolean changedSince) {
        static Published of(ScheduleVersion version, ScheduleSnapshot snapshot, ShootDay day) {
            return new Published(version, !ScheduleSnapshot.Day.of(day).same(snapshot.day(day.id).orElse(null)));
        }

        /** "Schedule version 3, published 7 December 2026", and whether the day changed since; a calendar's line. */
        public String line() {
            return "Schedule " + version.label() + (changedSince ? " (this day has changed since)" : "");
        }
    }

    private static ScheduleVersion version(Schedule schedule, int number) {
        return ScheduleVersion.byNumber(schedule, number).orElseThrow(() -> new NotFoundException("The schedule "
                + schedule.name + " has no version " + number + "."));
    }
}
