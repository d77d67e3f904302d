package witness.person;

import witness.web.Labelled;

public enum PersonRole implements Labelled {
    SUBJECT, INTERVIEWEE, WITNESS, HISTORICAL, CREW;

    @Override
    public String toString() {
        return code();
    }
}
