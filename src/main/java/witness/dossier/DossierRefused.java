package witness.dossier;

import java.util.List;
import java.util.stream.Collectors;

/** A dossier refused whole, with every error found in it. Nothing of it was saved. */
public class DossierRefused extends RuntimeException {
    public final List<DossierError> errors;

    public DossierRefused(List<DossierError> errors) {
        super("The dossier was refused, nothing was imported. " + errors.size() + " error(s):\n"
                + errors.stream().map(DossierError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public static DossierRefused of(String file, String message) {
        return new DossierRefused(List.of(new DossierError(file, 0, "", message)));
    }
}
