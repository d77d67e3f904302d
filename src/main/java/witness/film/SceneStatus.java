package witness.film;

import witness.web.Labelled;

public enum SceneStatus implements Labelled {
    DRAFT, RESEARCHED, APPROVED;

    @Override
    public String toString() {
        return code();
    }
}
