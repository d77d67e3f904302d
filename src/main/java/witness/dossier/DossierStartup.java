package witness.dossier;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import witness.core.Film;

/**
 * On first start, with no film in the database, imports the dossier of the working folder (not for the backup and
 * restore commands, which set witness.dossier-at-first-start=false).
 */
@ApplicationScoped
public class DossierStartup {
    @Inject
    DossierImporter importer;
    @ConfigProperty(name = "witness.dossier-dir")
    Path dossierDir;
    @ConfigProperty(name = "witness.dossier-at-first-start", defaultValue = "true")
    boolean atFirstStart;

    void onStart(@Observes StartupEvent event) {
        if (!atFirstStart || Film.count() > 0) {
            return;
        }
        Path folder = dossierDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve(DossierParser.FILM))) {
            Log.infof("No film yet and no dossier at %s/research: starting empty", folder);
            return;
        }
        try {
            importer.importFilm(DossierFiles.fromFolder(folder), null);
        } catch (DossierRefused e) {
            if (Film.count() > 0) {
                // Two instances starting at once on an empty database: the other one imported it (the slug is unique).
                Log.infof("The dossier at %s was imported by another instance starting at the same time", folder);
                return;
            }
            Log.errorf("The dossier at %s was not imported. %s", folder, e.getMessage());
        }
    }
}
