package witness.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.interview.Interview;
import witness.interview.InterviewStatus;
import witness.source.ClearanceStatus;
import witness.research.ResearchLogEntry;
import witness.schedule.Conflict;
import witness.schedule.Conflicts;

/**
 * A film's figures as the dashboard shows them, each counted by the database. Of the open follow-ups it lists those
 * of the newest {@link #FOLLOW_UP_ENTRIES} entries: a long log has hundreds, which the research log lists in full.
 */
public record Dashboard(
        Film film,
        long sequences,
        long scenes,
        long shots,
        long estimatedSeconds,
        Map<InterviewStatus, Long> interviews,
        Map<ClearanceStatus, Long> sources,
        List<ResearchLogEntry> openFollowUps,
        long openFollowUpCount,
        long entriesWithOpenFollowUps,
        List<Interview> interviewWarnings,
        List<Conflict> scheduleConflicts) {

    public static final int FOLLOW_UP_ENTRIES = 20;

    /** The schedule conflicts by kind and item: the permit of one place on four days is one line. */
    public List<ConflictGroup> conflictGroups() {
        return ConflictGroup.of(scheduleConflicts);
    }

    public static Dashboard of(Film film) {
        long[] open = ResearchLogEntry.openFollowUpCounts(film);
        // the shots and their running time in one pass over the film's shots; the status a literal, as with a
        // parameter in its select Hibernate would make this query's SQL anew every time
        Object[] shots = Panache.getEntityManager().createQuery("select count(s), coalesce(sum(case when s.status"
                + " <> witness.film.ShotStatus.DROPPED then s.seconds else 0 end), 0) from Shot s"
                + " where s.scene.sequence.film = ?1", Object[].class).setParameter(1, film).getSingleResult();
        return new Dashboard(film,
                count("select count(q) from Sequence q where q.film = ?1", film),
                count("select count(s) from Scene s where s.sequence.film = ?1", film),
                ((Number) shots[0]).longValue(), ((Number) shots[1]).longValue(),
                byStatus(InterviewStatus.class,
                        "select i.status, count(i) from Interview i where i.film = ?1 group by i.status", film),
                byStatus(ClearanceStatus.class,
                        "select s.clearance, count(s) from Source s where s.film = ?1 group by s.clearance", film),
                ResearchLogEntry.withOpenFollowUps(film, FOLLOW_UP_ENTRIES), open[0], open[1],
                Interview.withWarnings(film),
                Conflicts.ofFilm(film));
    }

    /** Some entries with open follow-ups are not listed. */
    public boolean followUpsCut() {
        return entriesWithOpenFollowUps > openFollowUps.size();
    }

    public long targetSeconds() {
        return film.targetMinutes == null ? 0 : film.targetMinutes * 60L;
    }

    private static long count(String query, Film film) {
        return Panache.getEntityManager().createQuery(query, Long.class).setParameter(1, film).getSingleResult();
    }

    private static <E extends Enum<E>> Map<E, Long> byStatus(Class<E> type, String query, Film film) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        Panache.getEntityManager().createQuery(query, Object[].class).setParameter(1, film).getResultList()
                .forEach(row -> counts.put(type.cast(row[0]), (Long) row[1]));
        return counts;
    }
}
