package witness.source;

import witness.web.Labelled;

public enum ClearanceStatus implements Labelled {
    NOT_NEEDED, TO_CLEAR, REQUESTED, CLEARED, REFUSED;

    @Override
    public String toString() {
        return code();
    }
}
