package witness.testing;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import io.quarkus.arc.Arc;
import witness.dossier.DossierFiles;
import witness.dossier.DossierImporter;

/**
 * Tests that change a film work on a copy of the Serge dossier of their own, so that the film
 * every other test reads stays exactly as the repository's files describe it.
 */
public final class FilmCopies {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private FilmCopies() {
    }

    /**
     * Imports the repository's dossier as a new film and returns its slug, e.g. serge-shots-3. The import
     * runs in the app, not through HTTP, so that a test made as a viewer (@TestSecurity) can still have its copy;
     * the dossier upload itself is tested through HTTP by the dossier tests.
     */
    public static String ofSerge(String prefix) {
        String slug = prefix + "-" + COUNTER.incrementAndGet();
        Arc.container().instance(DossierImporter.class).get().importFilm(DossierFiles.fromFolder(Path.of(".")), slug);
        return slug;
    }
}
