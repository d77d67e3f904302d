package witness.script;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import witness.core.Film;
import witness.web.BadRequest;
import witness.web.QueryString;

/**
 * Makes shooting script exports in the background, one at a time on each instance, so that a huge PDF
 * neither holds up a request thread nor competes with another for memory; the others wait their turn
 * (at most {@link #WAITING_AT_MOST} of them).
 *
 * <p>A dedicated single-thread executor rather than the injected {@code ManagedExecutor}: the managed one
 * runs on Quarkus's shared worker pool, where a concurrency of one and a bounded queue would have to be
 * configured on a named instance, and there is no request context worth propagating, since a job reads
 * everything it needs from its row in transactions of its own. The executor is shut down with the bean;
 * an export cut short that way keeps its row "running", and its heartbeat, no longer written every
 * {@link #HEARTBEAT}, lets any instance read it as interrupted.
 */
@ApplicationScoped
public class ScriptExports {
    /** How long a made file stays downloadable: exports older than this go when a new one starts. */
    static final Duration KEPT = Duration.ofHours(24);
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration REPORT_EVERY = Duration.ofMillis(300);
    static final int WAITING_AT_MOST = 20;
    /** The transaction reading the film while the file is written may last this long. */
    static final int WRITING_AT_MOST_SECONDS = 30 * 60;
    static final Duration WRITING_AT_MOST = Duration.ofSeconds(WRITING_AT_MOST_SECONDS);

    @Inject ScriptFormats formats;

    private final Set<Long> alive = ConcurrentHashMap.newKeySet();
    private ThreadPoolExecutor worker;
    private ScheduledExecutorService heartbeat;

    @PostConstruct
    void open() {
        worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING_AT_MOST),
                named("witness-script-export"));
        heartbeat = Executors.newSingleThreadScheduledExecutor(named("witness-script-export-heartbeat"));
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
        heartbeat.shutdownNow();
    }

    /**
     * Saves a waiting export of the film and hands it to the worker; its id. A 400 naming "format" for a
     * format we do not write; deletes the exports older than {@link #KEPT}.
     */
    public long start(Film film, String extension, ScriptOptions options) {
        ScriptFormat format = formats.byExtension(extension);
        String query = options.query();
        if (query.length() > ScriptExport.OPTIONS_LENGTH) {
            throw new BadRequest("scenes", "too many scenes to name one by one: export the whole film or a sequence");
        }
        Instant now = Instant.now();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ScriptExport.deleteCreatedBefore(now.minus(KEPT));
            ScriptExport export = ScriptExport.queued(film, format.extension(), query, now);
            export.persist();
            return export.id;
        });
        alive.add(id);
        try {
            worker.execute(() -> run(id));
        } catch (RejectedExecutionException e) {
            alive.remove(id);
            fail(id, "Too many exports are waiting on this server: start it again in a few minutes.");
        }
        return id;
    }

    /** The options an export was saved with, read back from its query string. */
    static ScriptOptions options(Film film, String query) {
        Map<String, String> q = QueryString.parse("?" + query);
        return ScriptOptions.of(film, q.get("sequence"), q.containsKey("scenes") ? List.of(q.get("scenes"))
                : null, flag(q.get("dropped")), flag(q.get("notes")), flag(q.get("citations")), q.get("watermark"),
                q.get("version"));
    }

    private static Boolean flag(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }

    private void run(long id) {
        try {
            if (!QuarkusTransaction.requiringNew().call(() -> ScriptExport.begin(id, Instant.now()))) {
                return;
            }
            Path file = Files.createTempFile("witness-script-", ".part");
            try {
                QuarkusTransaction.requiringNew().timeout((int) WRITING_AT_MOST.toSeconds()).run(() -> write(id, file));
                byte[] content = Files.readAllBytes(file);
                QuarkusTransaction.requiringNew().run(() -> ScriptExport.finish(id, content, Instant.now()));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | OutOfMemoryError e) {
            Log.errorf(e, "Script export %d failed", id);
            fail(id, ExportFailure.message(e));
        } finally {
            alive.remove(id);
        }
    }

    /** Assembles the script and writes it to the file, telling the row how far it has gone. */
    private void write(long id, Path file) {
        ScriptExport export = ScriptExport.findById(id);
        ScriptFormat format = formats.byExtension(export.format);
        long started = System.nanoTime();
        ShootingScript script = ScriptAssembly.of(export.film, options(export.film, export.options), LocalDate.now());
        long assembled = System.nanoTime();
        Progress progress = new ThrottledProgress((done, total) -> QuarkusTransaction.requiringNew()
                .run(() -> ScriptExport.progress(id, done, total, Instant.now())), REPORT_EVERY);
        progress.scenes(0, script.sceneCount());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            format.write(script, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Log.infof("Script export %d (%s, %d scenes): assembled in %d ms, written in %d ms", id, export.format,
                script.sceneCount(), (assembled - started) / 1_000_000, (System.nanoTime() - assembled) / 1_000_000);
    }

    private static void fail(long id, String message) {
        try {
            QuarkusTransaction.requiringNew().run(() -> ScriptExport.fail(id, message, Instant.now()));
        } catch (RuntimeException e) {
            Log.errorf(e, "Script export %d could not be marked as failed; its heartbeat stops, so it reads as"
                    + " interrupted", id);
        }
    }

    /** The exports this instance is making or will make are still alive. */
    void beat() {
        if (alive.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> ScriptExport.beat(Set.copyOf(alive), Instant.now()));
        } catch (RuntimeException e) {
            Log.warnf(e, "The heartbeat of script exports %s was not written", alive);
        }
    }

    private static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
