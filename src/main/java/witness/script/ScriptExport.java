package witness.script;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import witness.core.Film;

/**
 * A shooting script export made in the background: its format and options, how far it has gone, and once
 * done the file itself, kept in the database so that any instance can show its progress and serve it.
 *
 * <p>{@code updatedAt} is the heartbeat of the instance making it: a waiting or running export whose
 * heartbeat is older than {@link #STALE} was lost with its instance and reads as interrupted. Progress and
 * heartbeats are written by bulk updates, which leave {@code version} alone, so that they never conflict
 * with each other.
 */
@Entity
@Audited
@Table(name = "script_export")
public class ScriptExport extends PanacheEntity {
    /** A heartbeat older than this means the instance making the export has gone. */
    public static final Duration STALE = Duration.ofMinutes(2);
    public static final int OPTIONS_LENGTH = 100_000;

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    /** What the progress page says of an export. */
    public enum State {
        WAITING, RUNNING, DONE, FAILED, INTERRUPTED;

        public boolean pending() {
            return this == WAITING || this == RUNNING;
        }

        public String code() {
            return name().toLowerCase();
        }
    }

    @ManyToOne(optional = false) public Film film;
    /** The file's extension: html, pdf, fountain, fdx. */
    @Size(max = 20) @Column(nullable = false, length = 20) public String format;
    /** The script's options as a query string ({@link ScriptOptions#query()}), empty for the defaults. */
    @Size(max = 100000) @Column(nullable = false, length = OPTIONS_LENGTH) public String options;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) public Status status;
    public int scenesDone;
    public int scenesTotal;
    @Size(max = 1000) @Column(length = 1000) public String message;
    /** victor-serge-script.pdf */
    @Size(max = 255) @Column(length = 255) public String fileName;
    @NotAudited @Basic(fetch = FetchType.LAZY) @JdbcTypeCode(SqlTypes.VARBINARY) public byte[] content;
    @Column(nullable = false) public Instant createdAt;
    @Column(nullable = false) public Instant updatedAt;
    @Version public long version;

    /** A new export of the film, waiting for its turn. */
    public static ScriptExport queued(Film film, String format, String options, Instant now) {
        ScriptExport export = new ScriptExport();
        export.film = film;
        export.format = format;
        export.options = options;
        export.status = Status.QUEUED;
        export.fileName = film.slug + "-script." + format;
        export.createdAt = now;
        export.updatedAt = now;
        return export;
    }

    /** The film's export of this id (never another film's). */
    public static Optional<ScriptExport> ofFilm(Film film, long id) {
        return find("id = ?1 and film = ?2", id, film).firstResultOptional();
    }

    /** What the page says: a waiting or running export with a stale heartbeat is interrupted. */
    public State state(Instant now) {
        return switch (status) {
            case DONE -> State.DONE;
            case FAILED -> State.FAILED;
            case QUEUED, RUNNING -> updatedAt.isBefore(now.minus(STALE)) ? State.INTERRUPTED
                    : status == Status.QUEUED ? State.WAITING : State.RUNNING;
        };
    }

    /** Its turn has come: running, if it was still waiting (false if it was deleted meanwhile). */
    static boolean begin(long id, Instant now) {
        return update("status = ?1, updatedAt = ?2 where id = ?3 and status = ?4", Status.RUNNING, now, id,
                Status.QUEUED) == 1;
    }

    /** The file is made: kept in the row, ready to download. */
    static void finish(long id, byte[] content, Instant now) {
        update("status = ?1, content = ?2, updatedAt = ?3, scenesDone = scenesTotal, message = null where id = ?4",
                Status.DONE, content, now, id);
    }

    /** The export failed, and why, in words for the person who asked for it. */
    static void fail(long id, String message, Instant now) {
        String said = message.length() > 1000 ? message.substring(0, 999) + "\u2026" : message;
        update("status = ?1, message = ?2, updatedAt = ?3 where id = ?4", Status.FAILED, said, now, id);
    }

    /** Scenes written so far (and the heartbeat). */
    static void progress(long id, int done, int total, Instant now) {
        update("scenesDone = ?1, scenesTotal = ?2, updatedAt = ?3 where id = ?4", done, total, now, id);
    }

    /** The exports this instance is making or will make are still alive. */
    static void beat(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            update("updatedAt = ?1 where id in ?2 and status in ?3", now, ids, List.of(Status.QUEUED, Status.RUNNING));
        }
    }

    /** Exports made before this moment, files and all; their links stop working. */
    static long deleteCreatedBefore(Instant moment) {
        return delete("createdAt < ?1", moment);
    }
}
