package witness.security;

import witness.web.Labelled;

public enum Role implements Labelled {
    PRODUCER, DIRECTOR, RESEARCHER, VIEWER;

    @Override
    public String toString() {
        return code();
    }
}
