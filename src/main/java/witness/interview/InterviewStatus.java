package witness.interview;

import witness.web.Labelled;

public enum InterviewStatus implements Labelled {
    IDENTIFIED, CONTACTED, AGREED, PRE_INTERVIEWED, SCHEDULED, FILMED, TRANSCRIBED, DECLINED;

    @Override
    public String toString() {
        return code();
    }
}
