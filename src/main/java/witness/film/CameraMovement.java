package witness.film;

import witness.web.Labelled;

public enum CameraMovement implements Labelled {
    STATIC, PAN, TILT, ZOOM, TRACK, HANDHELD, CRANE, ROSTRUM, AERIAL;

    @Override
    public String toString() {
        return code();
    }
}
