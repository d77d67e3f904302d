package witness.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import witness.core.Film;
import witness.web.ByteRange;
import witness.web.FieldErrors;
import witness.web.FileTypes;
import witness.web.Formats;
import witness.web.Texts;

/**
 * Attaches a proxy to a clip (replacing the one it had) and removes it: an MP4, M4A, WebM or MP3 file, known by its
 * content, at most witness.proxies.max-size. A refusal names the field {@code proxy} and leaves the clip as it was.
 */
@ApplicationScoped
public class ClipProxies {
    static final String FIELD = "proxy";
    private static final Set<String> TYPES = Set.of(FileTypes.MP4, FileTypes.M4A, FileTypes.WEBM, FileTypes.MP3);

    @Inject ProxyStore store;

    /** Takes the uploaded file (moved into the proxies folder) as the clip's proxy. */
    @Transactional
    public ClipProxy attach(Film film, String interview, String clipKey, Path uploaded, String fileName) {
        Clip clip = ClipEditor.find(film, interview, clipKey);
        // One upload to a clip at a time: two replacing each other at once would leave one file no row names.
        Clip.getEntityManager().lock(clip, LockModeType.PESSIMISTIC_WRITE);
        String type = checked(uploaded);
        ClipProxy proxy = ClipProxy.of(clip).orElseGet(ClipProxy::new);
        if (proxy.isPersistent()) {
            store.removeWhenCommitted(proxy.storedName);
        }
        proxy.clip = clip;
        proxy.fileSize = size(uploaded);
        proxy.storedName = store.keep(uploaded, extension(type));
        proxy.contentType = type;
        proxy.fileName = name(fileName, proxy.storedName);
        proxy.uploadedAt = LocalDateTime.now().withNano(0);
        proxy.persist();
        return proxy;
    }

    /**
     * Takes a proxy sent as a request's body: written to a file of the proxies folder first, read no further than
     * the largest proxy and a byte (which is then refused by its size), and removed again unless it is taken.
     */
    public ClipProxy attach(Film film, String interview, String clipKey, InputStream body, String fileName) {
        ClipEditor.find(film, interview, clipKey);
        Path part = store.part();
        try {
            try (InputStream in = body; OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(new BoundedOutput(out, store.maxBytes() + 1));
            }
            return attach(film, interview, clipKey, part, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(part);
        }
    }

    /** The clip's proxy as {@link ByteRange} sends it; 404 when the clip has none or its file is gone. */
    @Transactional
    public Response send(Film film, String interview, String clipKey, String range, String ifRange) {
        Clip clip = ClipEditor.find(film, interview, clipKey);
        ClipProxy proxy = ClipProxy.of(clip).orElseThrow(() -> new NotFoundException("The clip " + clip.reel
                + " has no proxy."));
        Path file = store.file(proxy);
        if (file == null || !TYPES.contains(proxy.contentType) || !Files.isRegularFile(file)) {
            throw new NotFoundException("The proxy of the clip " + clip.reel + " is missing from the proxies folder.");
        }
        return ByteRange.send(file, size(file), proxy.contentType, "\"" + proxy.storedName + "\"", range, ifRange);
    }

    /** Removes the clip's proxy; false when it had none. */
    @Transactional
    public boolean remove(Film film, String interview, String clipKey) {
        return ClipProxy.of(ClipEditor.find(film, interview, clipKey)).map(this::forget).orElse(false);
    }

    /** Deletes the proxy's row now and its file once the transaction commits (a clip or interview deleted). */
    boolean forget(ClipProxy proxy) {
        store.removeWhenCommitted(proxy.storedName);
        proxy.delete();
        return true;
    }

    /** The file's type, or {@link witness.web.Invalid} naming the field when it is empty, too large or no proxy. */
    private String checked(Path uploaded) {
        FieldErrors errors = new FieldErrors();
        long size = size(uploaded);
        String type = size == 0 ? null : FileTypes.of(head(uploaded), TYPES);
        if (size == 0) {
            errors.add(FIELD, "is empty: choose an audio or video file (MP4, M4A, WebM or MP3)");
        } else if (size > store.maxBytes()) {
            errors.add(FIELD, "is " + Formats.bytes(size) + ": a proxy may be at most " + Formats.bytes(store.maxBytes())
                    + " (witness.proxies.max-size)");
        } else if (type == null) {
            errors.add(FIELD, "is not an MP4, M4A, WebM or MP3 file (its content says otherwise, whatever its name)");
        }
        errors.check();
        return type;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A part left behind is a file no row names: no backup carries it, and a start a day later removes it.
        }
    }

    /** Writes on until the bound, then drops the rest: what is kept is enough to refuse the file by its size. */
    private static final class BoundedOutput extends java.io.FilterOutputStream {
        private long left;

        BoundedOutput(OutputStream out, long bound) {
            super(out);
            left = bound;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, left);
            if (n > 0) {
                out.write(b, off, n);
                left -= n;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String extension(String type) {
        return switch (type) {
            case FileTypes.M4A -> "m4a";
            case FileTypes.WEBM -> "webm";
            case FileTypes.MP3 -> "mp3";
            default -> "mp4";
        };
    }

    private static String name(String uploaded, String stored) {
        String name = Texts.uploadedName(uploaded, 200);
        return name.isEmpty() ? "proxy." + stored.substring(stored.lastIndexOf('.') + 1) : name;
    }
}
