package witness.film;

import witness.web.Labelled;

public enum ShotAudio implements Labelled {
    SYNC, VOICE_OVER, MUSIC, WILD_TRACK;

    @Override
    public String toString() {
        return code();
    }
}
