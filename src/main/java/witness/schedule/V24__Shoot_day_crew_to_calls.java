package witness.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * The free-text crew of each shoot day becomes calls (issue 30): a line that is the name or another name of one
 * person of the day's film calls them at the day's call; the lines that name no one are kept at the end of the
 * day's notes ({@link CrewNames}). Then the crew column goes. A Java migration, as the matching of names is not
 * something SQL on both H2 and PostgreSQL says plainly.
 */
public class V24__Shoot_day_crew_to_calls extends BaseJavaMigration {
    private static final Logger LOG = Logger.getLogger(V24__Shoot_day_crew_to_calls.class);
    private static final int NOTES_MAX = ShootDay.NOTES_MAX;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        Map<Long, List<CrewNames.Named>> people = people(db);
        boolean h2 = db.getMetaData().getDatabaseProductName().equals("H2");
        try (Statement read = db.createStatement();
                ResultSet days = read.executeQuery("select d.id, d.crew, d.notes, s.film_id from shoot_day d"
                        + " join schedule s on s.id = d.schedule_id where d.crew is not null order by d.id")) {
            while (days.next()) {
                List<String> lines = Arrays.asList(days.getString(2).split("\n"));
                CrewNames.Read crew = CrewNames.read(lines, people.getOrDefault(days.getLong(4), List.of()));
                long day = days.getLong(1);
                for (long person : crew.called()) {
                    call(db, h2, day, person);
                }
                note(db, day, CrewNames.withNote(days.getString(3), crew));
            }
        }
        history(db);
        try (Statement alter = db.createStatement()) {
            alter.execute("alter table shoot_day drop column crew");
            alter.execute("alter table shoot_day_aud drop column crew");
        }
    }

    /** The days' past states keep their crew, written at the end of their notes, as the history shows them. */
    private static void history(Connection db) throws SQLException {
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery("select id, rev, crew, notes from shoot_day_aud"
                        + " where crew is not null");
                PreparedStatement update = db.prepareStatement("update shoot_day_aud set notes = ? where id = ?"
                        + " and rev = ?")) {
            while (rows.next()) {
                List<String> lines = Arrays.asList(rows.getString(3).split("\n"));
                String notes = CrewNames.withNote(rows.getString(4), CrewNames.read(lines, List.of()));
                update.setString(1, notes.length() > NOTES_MAX ? notes.substring(0, NOTES_MAX) : notes);
                update.setLong(2, rows.getLong(1));
                update.setLong(3, rows.getLong(2));
                update.executeUpdate();
            }
        }
    }

    private static Map<Long, List<CrewNames.Named>> people(Connection db) throws SQLException {
        Map<Long, List<CrewNames.Named>> byFilm = new HashMap<>();
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery("select id, film_id, name, other_names from person")) {
            while (rows.next()) {
                String others = rows.getString(4);
                List<String> otherNames = others == null ? List.of() : Arrays.asList(others.split("\n"));
                byFilm.computeIfAbsent(rows.getLong(2), f -> new ArrayList<>())
                        .add(new CrewNames.Named(rows.getLong(1), rows.getString(3), otherNames));
            }
        }
        return byFilm;
    }

    /** One id from the sequence per row: Hibernate's pooled ids are below the values it takes, never these. */
    private static void call(Connection db, boolean h2, long day, long person) throws SQLException {
        long id;
        try (Statement next = db.createStatement();
                ResultSet value = next.executeQuery(h2 ? "select next value for shoot_day_call_seq"
                        : "select nextval('shoot_day_call_seq')")) {
            value.next();
            id = value.getLong(1);
        }
        try (PreparedStatement insert = db.prepareStatement("insert into shoot_day_call"
                + " (id, shoot_day_id, person_id, call_time, notes, version) values (?, ?, ?, null, null, 0)")) {
            insert.setLong(1, id);
            insert.setLong(2, day);
            insert.setLong(3, person);
            insert.executeUpdate();
        }
    }

    private static void note(Connection db, long day, String notes) throws SQLException {
        String kept = notes;
        if (notes != null && notes.length() > NOTES_MAX) {
            LOG.warnf("Shoot day %d: its notes and former crew are longer than %d characters; the end is cut. In"
                    + " full: %s", day, NOTES_MAX, notes);
            kept = notes.substring(0, NOTES_MAX);
        }
        try (PreparedStatement update = db.prepareStatement("update shoot_day set notes = ? where id = ?")) {
            update.setString(1, kept);
            update.setLong(2, day);
            update.executeUpdate();
        }
    }
}
