package witness.backup;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import witness.core.Film;
import witness.interview.Clip;
import witness.interview.ClipProxy;
import witness.interview.FrameRate;
import witness.interview.Interview;
import witness.interview.ProxyStore;

/** A clip of Jeannine's interview with a proxy: its rows, made in a transaction, and its file in the proxies folder. */
final class ProxiedClips {
    private ProxiedClips() {
    }

    /** Adds the clip and its proxy, and the proxy's file when there are bytes; returns the file's stored name. */
    static String add(String slug, String reel, byte[] content) throws IOException {
        String stored = UUID.randomUUID() + ".mp4";
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.bySlug(slug).orElseThrow();
            Clip clip = new Clip();
            clip.film = film;
            clip.interview = Interview.byKey(film, "jeannine").orElseThrow();
            clip.key = "jeannine-" + reel.toLowerCase(Locale.ROOT);
            clip.reel = reel;
            clip.start = "14:00:00:00";
            clip.rate = FrameRate.FPS_25;
            clip.persist();
            ClipProxy proxy = new ClipProxy();
            proxy.clip = clip;
            proxy.storedName = stored;
            proxy.fileName = reel + ".mp4";
            proxy.contentType = "video/mp4";
            proxy.fileSize = content == null ? 0 : content.length;
            proxy.uploadedAt = LocalDateTime.of(2026, 3, 2, 10, 15);
            proxy.persist();
        });
        if (content != null) {
            Files.createDirectories(folder());
            Files.write(folder().resolve(stored), content);
        }
        return stored;
    }

    static Path folder() {
        return Arc.container().instance(ProxyStore.class).get().folder();
    }

    static Path file(String stored) {
        return folder().resolve(stored);
    }

    /** Bytes that do not compress, as a proxy's. */
    static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
