package witness.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import witness.core.Film;

/** The dossier from the command line: export-dossier and import-dossier (and the usage of every command). */
@ApplicationScoped
public class DossierCommand {
    public static final Set<String> NAMES = Set.of("export-dossier", "import-dossier");
    public static final String USAGE = """
            Usage:
              export-dossier <film-slug> <folder>     write the film's research/ and schedules/ into <folder>
              import-dossier <folder> [<new-slug>]    import <folder>/research and schedules as a new film
              generate-film <new-slug> [small|large]  make a synthetic film (large: 6,000 shots, the default)
              backup <file.zip>                       write a backup of the whole installation
              restore <file.zip>                      restore a backup into an installation without a film
            """;

    @Inject DossierExporter exporter;
    @Inject DossierImporter importer;

    /** @return the process exit code */
    @ActivateRequestContext
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 3 && args[0].equals("export-dossier")) {
                return export(args[1], Path.of(args[2]), out, err);
            }
            if ((args.length == 2 || args.length == 3) && args[0].equals("import-dossier")) {
                Film film = importer.importFilm(DossierFiles.fromFolder(Path.of(args[1])),
                        args.length == 3 ? args[2] : null);
                out.printf("Imported '%s' as /films/%s%n", film.title, film.slug);
                return 0;
            }
            err.print(USAGE);
            return 2;
        } catch (DossierRefused e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Could not write the dossier: " + e.getMessage());
            return 1;
        }
    }

    private int export(String slug, Path folder, PrintStream out, PrintStream err) throws IOException {
        Optional<Film> film = Film.bySlug(slug);
        if (film.isEmpty()) {
            err.printf("There is no film '%s'.%n", slug);
            return 1;
        }
        DossierFiles files = exporter.export(film.get());
        files.writeFolder(folder);
        out.printf("Wrote %d files of '%s' to %s%n", files.all().size(), film.get().title, folder.toAbsolutePath());
        return 0;
    }
}
