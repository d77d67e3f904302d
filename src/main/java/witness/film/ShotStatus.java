package witness.film;

import witness.web.Labelled;

public enum ShotStatus implements Labelled {
    PLANNED, SCHEDULED, SHOT, DROPPED;

    @Override
    public String toString() {
        return code();
    }
}
