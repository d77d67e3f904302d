package witness.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * backup &lt;file.zip&gt; and restore &lt;file.zip&gt; from the command line. A backup works while Witness serves the
 * same database (for cron); it is written beside the file and renamed at the end, so the file is whole or absent.
 */
@ApplicationScoped
public class BackupCommand {
    public static final String BACKUP = "backup", RESTORE = "restore";
    public static final Set<String> NAMES = Set.of(BACKUP, RESTORE);
    static final String USAGE = """
            Usage:
              backup <file.zip>    write a backup of the whole installation (every film, the users, the uploads,
                                   the proxies)
              restore <file.zip>   restore a backup into this installation, which must hold no film
            """;

    @Inject Backups backups;

    /** @return the process exit code: 0 done, 1 refused or failed, 2 not understood */
    @ActivateRequestContext
    public int run(String[] args, PrintStream out, PrintStream err) {
        int refused = refusal(args, err);
        if (refused >= 0) {
            return refused;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        long start = System.nanoTime();
        try {
            if (args[0].equals(BACKUP)) {
                Manifest manifest = backup(file);
                out.printf("Wrote the backup of %d films and %d users (%d rows in %d tables, %d files, %.1f MB) to %s"
                        + " in %.1f s%n",
                        manifest.rowsOf(BackupFormat.FILM_TABLE), manifest.rowsOf(BackupFormat.USER_TABLE),
                        manifest.rows(), manifest.tables().size(), manifest.files(), Files.size(file) / 1e6, file,
                        seconds(start));
                warnMissing(manifest.missing(), "It lacks %d files that rows name and that are not on disk: %s%n",
                        err);
            } else {
                RestoredBackup restored = backups.restore(file);
                out.printf("Restored the backup made %s: %d films, %d users (they replace this installation's),"
                        + " %d rows in %d tables, %d files in %.1f s%n", restored.createdAt(), restored.films(),
                        restored.users(), restored.rows(), restored.tables(), restored.files(), seconds(start));
                warnMissing(restored.missingFiles(), "The backup lacked %d files that its rows name: %s%n", err);
            }
            return 0;
        } catch (BackupRefused e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("The " + args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * What is answered without the app, so before it starts (see WitnessMain): a command not written as its usage
     * says (2), a restore of a file that is not there (1); -1 when the command is to run.
     */
    public static int refusal(String[] args, PrintStream err) {
        if (args.length != 2 || !NAMES.contains(args[0])) {
            err.print(USAGE);
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        if (args[0].equals(RESTORE) && !Files.isRegularFile(file)) {
            err.printf("There is no file %s.%n", file);
            return 1;
        }
        return -1;
    }

    private Manifest backup(Path file) throws IOException {
        Path parent = file.getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, "." + file.getFileName(), ".partial");
        try {
            Manifest manifest;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                manifest = backups.write(out, Instant.now());
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The backup is whole without them, but the operator is to know. */
    private static void warnMissing(List<String> missing, String format, PrintStream err) {
        if (!missing.isEmpty()) {
            err.printf(format, missing.size(), String.join(", ", missing));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
