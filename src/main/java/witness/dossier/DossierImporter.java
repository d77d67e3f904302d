package witness.dossier;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import witness.core.Film;

/** Imports a dossier as a new film, in one transaction: all of it, or none of it. */
@ApplicationScoped
public class DossierImporter {
    @Inject Validator validator;
    @Inject EntityManager em;

    /**
     * @param slug the slug to give the film, or null for the one in film.yaml
     * @throws DossierRefused with every error found; nothing is saved
     */
    @Transactional
    public Film importFilm(DossierFiles files, String slug) {
        Dossier dossier = DossierParser.parse(files, validator);
        Film film = DossierAssembly.assemble(dossier, slug, validator);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw DossierRefused.of("research/", "the database refused a value: " + rootMessage(e));
        }
        Log.infof("Imported the dossier of '%s' (%s)", film.title, film.slug);
        return film;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
