package witness.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.util.Optional;
import witness.core.Film;
import witness.sample.SyntheticFilm.Size;

/** generate-film &lt;slug&gt; [small|large]: a synthetic film for benchmarks and trials of large films. */
@ApplicationScoped
public class GenerateFilmCommand {
    public static final String NAME = "generate-film";
    static final String USAGE = """
            Usage:
              generate-film <new-slug> [small|large]  make a synthetic film (large: 6,000 shots, the default)
            """;

    @Inject SyntheticFilm generator;

    /** @return the process exit code: 0 made, 1 refused (bad or taken slug), 2 not understood */
    @ActivateRequestContext
    public int run(String[] args, PrintStream out, PrintStream err) {
        Optional<Size> size = args.length == 2 ? Optional.of(Size.LARGE)
                : args.length == 3 ? Size.named(args[2]) : Optional.empty();
        if (!args[0].equals(NAME) || size.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        try {
            long start = System.nanoTime();
            Film film = generator.generate(args[1], size.get());
            out.printf("Generated '%s' as /films/%s: %d sequences, %d scenes, %d shots in %.1f s%n", film.title,
                    film.slug, size.get().sequences(), size.get().scenes(), size.get().shots(),
                    (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (SyntheticFilm.Refused e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
