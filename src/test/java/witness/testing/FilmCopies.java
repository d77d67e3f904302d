package witness.testing;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import witness.dossier.DossierFiles;

/**
 * Tests that change a film work on a copy of the Serge dossier of their own, so that the film
 * every other test reads stays exactly as the repository's files describe it.
 */
public final class FilmCopies {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private FilmCopies() {
    }

    /** Imports the repository's dossier as a new film and returns its slug, e.g. serge-shots-3. */
    public static String ofSerge(String prefix) {
        String slug = prefix + "-" + COUNTER.incrementAndGet();
        Dossiers.upload(DossierFiles.fromFolder(Path.of(".")).zipBytes(), slug).then().statusCode(201);
        return slug;
    }
}
