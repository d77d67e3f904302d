package witness.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import witness.web.ZipAllowance;

/**
 * The text files of a dossier by path ("research/film.yaml", "schedules/mexico-shoot.yaml"),
 * read from or written to a folder or a zip. Written in path order with fixed timestamps, so
 * that the same dossier always gives the same bytes.
 */
public final class DossierFiles {
    public static final String RESEARCH = "research/", SCHEDULES = "schedules/";
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_FILES = 10_000;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final SortedMap<String, String> files;

    public DossierFiles(Map<String, String> files) {
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public SortedMap<String, String> all() {
        return files;
    }

    public String get(String path) {
        return files.get(path);
    }

    /** Reads research/ and schedules/ below a folder; other files are not the dossier's. */
    public static DossierFiles fromFolder(Path folder) {
        Map<String, String> files = new TreeMap<>();
        for (String area : new String[] {RESEARCH, SCHEDULES}) {
            Path root = folder.resolve(area);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String path = area + root.relativize(p).toString().replace('\\', '/');
                    if (isDossierFile(path)) {
                        files.put(path, decode(path, Files.readAllBytes(p)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DossierFiles(files);
    }

    /**
     * Reads a zip as exported; a single enclosing folder inside the zip is allowed. The zip is kept in a temporary
     * file (at most {@link #MAX_BYTES}) and read from its central directory, so that an entry outside research/
     * and schedules/ is never inflated; what is inflated is bounded in all ({@link #MAX_BYTES}) and against the
     * zip's own size ({@link ZipAllowance}); the same file twice is
     * refused.
     */
    public static DossierFiles fromZip(InputStream in) {
        Path temp = null;
        try {
            temp = Files.createTempFile("witness-dossier-", ".zip");
            long size;
            try (OutputStream out = Files.newOutputStream(temp)) {
                size = in.transferTo(new BoundedOutput(out, MAX_BYTES));
            }
            return fromZipFile(temp.toFile(), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
    }

    private static DossierFiles fromZipFile(java.io.File file, long size) {
        Map<String, String> files = new TreeMap<>();
        ZipAllowance allowance = new ZipAllowance(size, MAX_BYTES);
        long total = 0;
        ZipFile zip;
        try {
            zip = new ZipFile(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DossierRefused.of("dossier.zip", "not a readable zip file (" + e.getMessage() + "), so it holds"
                    + " no research/ or schedules/ files that can be read");
        }
        try (zip) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String path = withinDossier(entry.getName());
                if (entry.isDirectory() || path == null || !isDossierFile(path)) {
                    continue;
                }
                if (files.containsKey(path)) {
                    throw DossierRefused.of(path, "the zip holds this file twice (" + entry.getName() + ")");
                }
                if (files.size() >= MAX_FILES) {
                    throw DossierRefused.of(path, "the dossier is larger than 50 MB or 10,000 files");
                }
                byte[] bytes;
                try (InputStream content = zip.getInputStream(entry)) {
                    bytes = content.readNBytes((int) (allowance.left() + 1));
                }
                total += bytes.length;
                if (total > MAX_BYTES) {
                    throw DossierRefused.of(path, "the dossier is larger than 50 MB or 10,000 files once inflated");
                }
                if (!allowance.take(bytes.length)) {
                    throw DossierRefused.of(path, String.format(Locale.ROOT, "the zip inflates to more than %d times"
                            + " its own size (%,d bytes): is it a zip bomb?", ZipAllowance.RATIO, size));
                }
                files.put(path, decode(path, bytes));
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not UTF-8
            throw DossierRefused.of("dossier.zip", "not a readable zip file: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw DossierRefused.of("dossier.zip", "the zip holds no research/ or schedules/ files");
        }
        return new DossierFiles(files);
    }

    /** Refuses a zip larger than its limit while it is written to the temporary file. */
    private static final class BoundedOutput extends java.io.FilterOutputStream {
        private final long limit;
        private long written;

        BoundedOutput(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > limit) {
                throw DossierRefused.of("dossier.zip", "the zip is larger than 50 MB");
            }
            out.write(b, off, len);
        }
    }

    public void writeZip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (var file : files.entrySet()) {
            ZipEntry entry = new ZipEntry(file.getKey());
            entry.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(entry);
            zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    public byte[] zipBytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writeZip(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the files into research/ and schedules/ of a folder, replacing what was there. */
    public void writeFolder(Path folder) throws IOException {
        for (String area : new String[] {RESEARCH, SCHEDULES}) {
            deleteDossierFiles(folder.resolve(area));
        }
        for (var file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteDossierFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (isDossierFile(root.getFileName() + "/" + root.relativize(p))) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean isDossierFile(String path) {
        return (path.endsWith(".yaml") || path.endsWith(".json")) && !path.contains("..");
    }

    private static String withinDossier(String name) {
        for (String area : new String[] {RESEARCH, SCHEDULES}) {
            int at = name.indexOf(area);
            if (at == 0 || (at > 0 && name.indexOf('/') == at - 1)) {
                return name.substring(at);
            }
        }
        return null;
    }

    private static String decode(String path, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw DossierRefused.of(path, "the file is not UTF-8 text");
        }
    }
}
