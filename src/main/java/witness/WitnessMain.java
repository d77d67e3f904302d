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
    @Inject DossierCommand dossier;
    @Inject GenerateFilmCommand generateFilm;
    @Inject BackupCommand backup;

    public static void main(String... args) {
        int answered = answeredWithoutTheApp(args);
        if (answered >= 0) {
            System.exit(answered);
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

    /** A command it does not know, or a backup command written wrongly, is answered at once: the exit code, or -1. */
    private static int answeredWithoutTheApp(String[] args) {
        if (args.length == 0) {
            return -1;
        }
        if (!isCommand(args[0])) {
            System.err.print(DossierCommand.USAGE);
            return 2;
        }
        return BackupCommand.NAMES.contains(args[0]) ? BackupCommand.refusal(args, System.err) : -1;
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
