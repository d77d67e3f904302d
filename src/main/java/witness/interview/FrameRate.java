package witness.interview;

import witness.web.Labelled;

/**
 * The frame rates rushes are shot at, as an edit suite names them. 23.976 and 29.97 run at 24000/1001 and
 * 30000/1001 frames a second; 29.97 drop-frame counts them so that its timecode keeps to the clock (it skips the
 * labels ;00 and ;01 of every minute but each tenth), non-drop counts every frame and drifts 3.6 s an hour.
 */
public enum FrameRate implements Labelled {
    FPS_23_976("23.976", 24, 24000, 1001, false),
    FPS_24("24", 24, 24, 1, false),
    FPS_25("25", 25, 25, 1, false),
    FPS_29_97_DF("29.97df", 30, 30000, 1001, true),
    FPS_29_97_NDF("29.97", 30, 30000, 1001, false),
    FPS_30("30", 30, 30, 1, false);

    private final String code;
    /** Frames a timecode second counts: 24, 25 or 30. */
    public final int base;
    public final int numerator;
    public final int denominator;
    public final boolean dropFrame;

    FrameRate(String code, int base, int numerator, int denominator, boolean dropFrame) {
        this.code = code;
        this.base = base;
        this.numerator = numerator;
        this.denominator = denominator;
        this.dropFrame = dropFrame;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return dropFrame ? "29.97 drop-frame" : code.equals("29.97") ? "29.97 non-drop" : code;
    }

    /** Frames a second, as a number: 23.976…, 25, 29.97… (what OpenTimelineIO writes as a rate). */
    public double perSecond() {
        return (double) numerator / denominator;
    }
}
