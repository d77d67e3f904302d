package witness.backup;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import witness.web.KeptFiles;
import witness.web.ZipAllowance;

/**
 * The kept folders' files of a backup being restored. Checked first, from the zip's directory: every folder the
 * manifest counts is one this Witness keeps, every entry of a folder has a name its feature gives files, once, and
 * there are as many as the manifest counts. Then, in the restore's transaction once the rows are in: every file is
 * named by a restored row, a file the rows name and the zip lacks is one the manifest lists as missing, and each is
 * extracted under a temporary name in its folder, bounded by the bytes the manifest counts and by the zip's
 * allowance. The files take their own names only once the transaction has committed ({@link #moveIn}); a failure
 * before deletes them ({@link #discard}).
 */
final class RestoredFiles {
    private static final int BUFFER = 64 * 1024;

    /** A kept folder, what the manifest counts of it (null in a backup made before backups held files), its entries. */
    private record Folder(KeptFiles kept, Manifest.KeptFolder counted, Map<String, ZipEntry> entries) {
        String prefix() {
            return kept.name() + "/";
        }

        long bytes() {
            return counted == null ? 0 : counted.bytes();
        }
    }

    private final ZipFile zip;
    private final List<Folder> folders;
    /** Each extracted file's temporary path and its own. */
    private final Map<Path, Path> extracted = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    private RestoredFiles(ZipFile zip, List<Folder> folders) {
        this.zip = zip;
        this.folders = folders;
    }

    /** @throws BackupRefused when the manifest or the zip's entries do not fit the folders this Witness keeps */
    static RestoredFiles checked(ZipFile zip, Manifest manifest, List<KeptFiles> kept) {
        Map<String, Manifest.KeptFolder> counted = counted(manifest, kept);
        List<Folder> folders = new ArrayList<>();
        for (KeptFiles folder : kept) {
            folders.add(checkCount(new Folder(folder, counted.get(folder.name()), entries(zip, folder))));
        }
        return new RestoredFiles(zip, folders);
    }

    private static Map<String, Manifest.KeptFolder> counted(Manifest manifest, List<KeptFiles> kept) {
        Set<String> known = new HashSet<>();
        kept.forEach(folder -> known.add(folder.name()));
        Map<String, Manifest.KeptFolder> counted = new HashMap<>();
        for (Manifest.KeptFolder folder : manifest.folders()) {
            if (folder == null || folder.name() == null || folder.files() < 0 || folder.bytes() < 0) {
                throw BackupRefused.unfit(BackupFormat.MANIFEST + " lacks a folder's name or its files and bytes.");
            }
            if (!known.contains(folder.name())) {
                throw BackupRefused.unfit("The backup holds files of folder " + folder.name() + "/, which this"
                        + " Witness does not keep.");
            }
            if (counted.put(folder.name(), folder) != null) {
                throw BackupRefused.unfit(BackupFormat.MANIFEST + " names folder " + folder.name() + "/ twice.");
            }
        }
        return counted;
    }

    /** The folder's entries by file name: refused, a name its feature never gives a file, or one twice. */
    private static Map<String, ZipEntry> entries(ZipFile zip, KeptFiles kept) {
        String prefix = kept.name() + "/";
        Map<String, ZipEntry> entries = new TreeMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (!name.startsWith(prefix) || name.equals(prefix) && entry.isDirectory()) {
                continue;
            }
            if (!kept.validName(name.substring(prefix.length()))) {
                throw BackupRefused.unfit(name + " is not named as Witness names the files of " + prefix + ".");
            }
            if (entries.put(name.substring(prefix.length()), entry) != null) {
                throw BackupRefused.unfit(name + " is in the zip twice.");
            }
        }
        return entries;
    }

    private static Folder checkCount(Folder folder) {
        if (folder.counted() == null && !folder.entries().isEmpty()) {
            throw BackupRefused.unfit(BackupFormat.MANIFEST + " does not count the files of " + folder.prefix() + ".");
        }
        long expected = folder.counted() == null ? 0 : folder.counted().files();
        if (folder.entries().size() != expected) {
            throw BackupRefused.unfit(folder.prefix() + " holds " + folder.entries().size() + " files where "
                    + BackupFormat.MANIFEST + " counts " + expected + ".");
        }
        return folder;
    }

    /** Extracts every file under a temporary name, checked against the restored rows the connection sees. */
    void extract(Connection connection, ZipAllowance allowance) throws SQLException, IOException {
        for (Folder folder : folders) {
            Set<String> named = new HashSet<>(folder.kept().named(connection));
            checkNamed(folder, named);
            long bytes = 0;
            for (Map.Entry<String, ZipEntry> file : folder.entries().entrySet()) {
                bytes += extract(folder, file.getKey(), file.getValue(), allowance, folder.bytes() - bytes);
            }
            if (bytes != folder.bytes()) {
                throw BackupRefused.unfit("The files of " + folder.prefix() + " hold " + bytes + " bytes where "
                        + BackupFormat.MANIFEST + " counts " + folder.bytes() + ".");
            }
        }
    }

    /**
     * Refused: a file no restored row names, or one the rows name that the zip lacks and the manifest does not list as
     * missing. The files listed as missing are the restore's to report.
     */
    private void checkNamed(Folder folder, Set<String> named) {
        for (String name : named) {
            if (!folder.kept().validName(name)) {
                throw BackupRefused.unfit("A restored row names the file " + folder.prefix() + name + ", a name Witness"
                        + " never gives its files.");
            }
        }
        for (String name : folder.entries().keySet()) {
            if (!named.contains(name)) {
                throw BackupRefused.unfit(folder.prefix() + name + " is named by no restored row: a backup holds"
                        + " only the files its rows name.");
            }
        }
        Set<String> absent = new TreeSet<>(named);
        absent.removeAll(folder.entries().keySet());
        // A backup made before backups held files lacks them all, and says nothing of them.
        if (folder.counted() != null) {
            Set<String> unlisted = new TreeSet<>(absent);
            unlisted.removeAll(folder.counted().missing());
            if (!unlisted.isEmpty()) {
                throw BackupRefused.unfit("The backup lacks " + folder.prefix() + String.join(", " + folder.prefix(),
                        unlisted) + ", which restored rows name and " + BackupFormat.MANIFEST + " does not list as"
                        + " missing.");
            }
        }
        absent.forEach(name -> missing.add(BackupFormat.file(folder.kept().name(), name)));
    }

    /** Extracts one file, refused past the bytes still allowed; returns its bytes. */
    private long extract(Folder folder, String name, ZipEntry entry, ZipAllowance allowance, long allowed)
            throws IOException {
        Path temporary = temporary(folder.kept().folder());
        extracted.put(temporary, folder.kept().folder().resolve(name));
        try (CheckedInputStream in = new CheckedInputStream(allowance.counted(zip.getInputStream(entry)), new CRC32());
                OutputStream out = Files.newOutputStream(temporary)) {
            long written = copy(in, out, allowed, folder, temporary);
            BackupRestorer.checkSum(in, entry);
            return written;
        }
    }

    private static long copy(InputStream in, OutputStream out, long allowed, Folder folder, Path temporary)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            written += read;
            if (written > allowed) {
                throw BackupRefused.unfit("The files of " + folder.prefix() + " hold more than the "
                        + folder.bytes() + " bytes " + BackupFormat.MANIFEST + " counts.");
            }
            try {
                out.write(buffer, 0, read);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + temporary + ": " + e.getMessage(), e);
            }
        }
        return written;
    }

    /** A new file in the folder (made its owner's only when missing), rw------- as every temporary file is. */
    private static Path temporary(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            return Files.createTempFile(folder, ".restoring-", ".partial");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a restored file in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Gives each extracted file its own name, once the transaction has committed. */
    void moveIn() {
        for (Iterator<Map.Entry<Path, Path>> files = extracted.entrySet().iterator(); files.hasNext(); ) {
            Map.Entry<Path, Path> file = files.next();
            try {
                Files.move(file.getKey(), file.getValue(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("The database was restored, but " + file.getKey() + " could not be"
                        + " renamed to " + file.getValue().getFileName() + ": rename it, and the other .restoring-"
                        + " files beside it, by hand (" + e.getMessage() + ")", e);
            }
            files.remove();
        }
    }

    /** Deletes what was extracted, when the restore fails. */
    void discard() {
        for (Path temporary : extracted.keySet()) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                Log.warnf("Could not delete %s, a file of a failed restore: %s", temporary, e.getMessage());
            }
        }
        extracted.clear();
    }

    /** The files restored. */
    long files() {
        return folders.stream().mapToLong(folder -> folder.entries().size()).sum();
    }

    /** The files the restored rows name and the backup lacked, as folder/name. */
    List<String> missing() {
        return List.copyOf(missing);
    }
}
