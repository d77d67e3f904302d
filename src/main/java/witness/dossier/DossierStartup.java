package witness.dossier;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import witness.core.Film;
import witness.core.Starting;

/**
 * On first start, with no film in the database, imports the dossier of the working folder (not for the backup and
 * restore commands, which set witness.dossier-at-first-start=false). It runs under the start lock, in a transaction of its
 * own: a dossier refused leaves the installation empty and the app starting.
 */
@ApplicationScoped
public class DossierStartup {
    @Inject DossierImporter importer;
    @ConfigProperty(name = "witness.dossier-dir") Path dossierDir;
    @ConfigProperty(name = "witness.dossier-at-first-start", defaultValue = "true") boolean atFirstStart;

    void onStart(@Observes Starting event) {
        if (!atFirstStart || QuarkusTransaction.requiringNew().call(() -> Film.count()) > 0) {
            return;
        }
        Path folder = dossierDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve(DossierParser.FILM))) {
            Log.infof("No film yet and no dossier at %s/research: starting empty", folder);
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> importer.importFilm(DossierFiles.fromFolder(folder), null));
        } catch (DossierRefused e) {
            Log.errorf("The dossier at %s was not imported. %s", folder, e.getMessage());
        }
    }
}
