package witness.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Java's class data archives of the packaged app, one per build, so that its many starts in these tests load
 * their classes from a memory-mapped archive instead of the jars: a start then costs about half the CPU
 * (measured in docs/testing.md). The first start of a build that is stopped, not killed, writes the archive when
 * its JVM ends ({@code -XX:ArchiveClassesAtExit}); the starts and commands after it read it
 * ({@code -XX:SharedArchiveFile}). Those that run before it, or while it is written, go without, as the JVM does
 * with an archive it cannot use. Archives are made anew by each test run: the jars of the last build are the
 * ones they match.
 */
final class ClassArchives {
    private static final Path FOLDER = Path.of("target", "it-class-archives");
    private static final Set<Path> claimed = new HashSet<>();
    private static final Set<Path> cleared = new HashSet<>();

    private ClassArchives() {
    }

    /** How one start of the app goes with the archive of its build: the JVM options, and the archive it writes. */
    static final class Use {
        private final List<String> options;
        private final Path writing;
        private final Path archive;
        private boolean ended;

        private Use(List<String> options, Path writing, Path archive) {
            this.options = options;
            this.writing = writing;
            this.archive = archive;
        }

        List<String> options() {
            return options;
        }

        boolean writes() {
            return writing != null;
        }

        /** After the process ended: the archive it wrote is kept if it ended on its own (stopped, not killed). */
        synchronized void ended(boolean normally) {
            if (writing == null || ended) {
                return;
            }
            ended = true;
            try {
                if (normally && Files.isRegularFile(writing)) {
                    Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(writing);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the class data archive " + writing + " could not be kept", e);
            } finally {
                release(archive);
            }
        }
    }

    /** A start of the app: it reads the archive if there is one, or writes it if no other start is writing it. */
    static synchronized Use forStart(Path jar) {
        Path archive = archive(jar);
        if (Files.isRegularFile(archive)) {
            return new Use(reading(archive), null, null);
        }
        if (!claimed.add(archive)) {
            return new Use(List.of(), null, null);
        }
        Path writing = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        return new Use(List.of("-XX:ArchiveClassesAtExit=" + writing, "-Xlog:cds*=off"),
                writing, archive);
    }

    /** A command of the app (backup, restore, export-dossier…): it reads the archive if there is one. */
    static synchronized List<String> forCommand(Path jar) {
        Path archive = archive(jar);
        return Files.isRegularFile(archive) ? reading(archive) : List.of();
    }

    private static List<String> reading(Path archive) {
        // -Xlog:cds*=off: an archive the JVM cannot use is no reason to write to the app's output
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    private static synchronized void release(Path archive) {
        claimed.remove(archive);
    }

    /** This build's archive, target/it-class-archives/{build folder}.jsa; one left by an earlier run is removed. */
    private static Path archive(Path jar) {
        Path archive = FOLDER.resolve(jar.toAbsolutePath().getParent().getFileName() + ".jsa");
        if (cleared.add(archive)) {
            try {
                Files.createDirectories(FOLDER);
                Files.deleteIfExists(archive);
            } catch (IOException e) {
                throw new IllegalStateException("cannot prepare " + archive, e);
            }
        }
        return archive;
    }
}
