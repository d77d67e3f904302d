package witness.film;

import witness.web.Labelled;

public enum VerificationStatus implements Labelled {
    UNVERIFIED, VERIFIED, DISPUTED;

    @Override
    public String toString() {
        return code();
    }
}
