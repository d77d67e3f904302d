package witness.interview;

import witness.web.Labelled;

public enum ReleaseStatus implements Labelled {
    NONE, SENT, SIGNED;

    @Override
    public String toString() {
        return code();
    }
}
