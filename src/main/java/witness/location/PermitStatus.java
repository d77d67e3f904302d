package witness.location;

import witness.web.Labelled;

public enum PermitStatus implements Labelled {
    NOT_NEEDED, NEEDED, APPLIED, GRANTED, REFUSED;

    @Override
    public String toString() {
        return code();
    }
}
