package witness.location;

import witness.web.Labelled;

public enum RecceStatus implements Labelled {
    NOT_DONE, PLANNED, DONE;

    @Override
    public String toString() {
        return code();
    }
}
