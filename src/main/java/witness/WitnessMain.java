package witness;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import witness.backup.BackupCommand;
import witness.dossier.DossierCommand;
import witness.sample.GenerateFilmCommand;

/**
 * Serves the app; with arguments, runs a command (export-dossier, import-dossier, generate-film, backup, restore) and
 * exits.
 */
@QuarkusMain
public class WitnessMain implements QuarkusApplication {
    @Inject
    DossierCommand dossier;
    @Inject
    GenerateFilmCommand generateFilm;
    @Inject
    BackupCommand backup;

    public static void main(String... args) {
        if (args.length > 0 && !isCommand(args[0])) {
            // Answered at once: no need to start the app to say how it is used.
            System.err.print(DossierCommand.USAGE);
            System.exit(2);
        }
        if (args.length > 0) {
            // A command must not take the port of a Witness that is already serving.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.banner.enabled", "false");
        }
        if (args.length > 0 && BackupCommand.NAMES.contains(args[0])) {
            // A backup changes nothing, and a restore needs an installation without a film.
            System.setProperty("witness.dossier-at-first-start", "false");
        }
        Quarkus.run(WitnessMain.class, args);
    }

    private static boolean isCommand(String name) {
        return DossierCommand.NAMES.contains(name) || BackupCommand.NAMES.contains(name)
                || GenerateFilmCommand.NAME.equals(name);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args[0].equals(GenerateFilmCommand.NAME)) {
            return generateFilm.run(args, System.out, System.err);
        }
        if (BackupCommand.NAMES.contains(args[0])) {
            return backup.run(args, System.out, System.err);
        }
        return dossier.run(args, System.out, System.err);
    }
}
