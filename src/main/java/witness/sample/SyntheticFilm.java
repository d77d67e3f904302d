package witness.sample;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import witness.core.Film;

/**
 * Makes a synthetic film of a given size, as the benchmark and the tests of large films need one: sequences,
 * scenes and shots with narration and a paper edit, people, interviews with transcripts and testimonies,
 * sources, citations, a research log, locations and shoot days. Seeded, so the same size always gives the
 * same film (whatever its slug); written in one transaction, a few hundred rows at a time.
 */
@ApplicationScoped
public class SyntheticFilm {
    static final long SEED = 1947_11_17L;

    /** How much of everything; shots = sequences × scenes per sequence × shots per scene. */
    public record Size(int sequences, int scenesPerSequence, int shotsPerScene, int people, int interviews,
            int sources, int citations, int logEntries, int shootDays, int locations) {
        /** The benchmark's film: 6,000 shots. */
        public static final Size LARGE = new Size(40, 15, 10, 300, 150, 2000, 5000, 2000, 60, 30);
        /** A film for tests: 24 shots, a little of everything. */
        public static final Size SMALL = new Size(2, 3, 4, 12, 6, 20, 30, 10, 4, 5);

        public Size {
            if (people - interviews - Math.max(1, people / 30) < 2) {
                throw new IllegalArgumentException("a film needs a subject, historical figures and crew besides"
                        + " its interviewees");
            }
            if (locations < 2 || locations > SyntheticTexts.PLACES.size()) {
                throw new IllegalArgumentException("between 2 and " + SyntheticTexts.PLACES.size() + " locations");
            }
        }

        public int scenes() {
            return sequences * scenesPerSequence;
        }

        public int shots() {
            return scenes() * shotsPerScene;
        }

        /** small or large */
        public static Optional<Size> named(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "small" -> Optional.of(SMALL);
                case "large" -> Optional.of(LARGE);
                default -> Optional.empty();
            };
        }
    }

    /** The film cannot be made: its slug is not one, or is taken. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    @Inject EntityManager em;

    /**
     * @throws Refused when the slug is not a slug or another film has it; nothing is written
     */
    @Transactional
    public Film generate(String slug, Size size) {
        if (slug == null || !slug.matches(Film.SLUG) || slug.length() > 80) {
            throw new Refused("'" + slug + "' is not a slug: use lower-case letters and digits joined by hyphens,"
                    + " like big-film");
        }
        if (Film.bySlug(slug).isPresent()) {
            throw new Refused("There is already a film '" + slug + "'.");
        }
        long start = System.nanoTime();
        Film film = new SyntheticGeneration(em, size, SEED).film(slug);
        Log.infof("Generated the synthetic film '%s' (%d shots) in %d ms", slug, size.shots(),
                (System.nanoTime() - start) / 1_000_000);
        return film;
    }
}
