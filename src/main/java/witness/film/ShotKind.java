package witness.film;

import witness.web.Labelled;

public enum ShotKind implements Labelled {
    INTERVIEW, ARCHIVE_FILM, ARCHIVE_PHOTOGRAPH, DOCUMENT, LOCATION, RECONSTRUCTION, GRAPHIC, CAPTION;

    @Override
    public String toString() {
        return code();
    }
}
