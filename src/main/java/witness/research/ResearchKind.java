package witness.research;

import witness.web.Labelled;

public enum ResearchKind implements Labelled {
    ARCHIVE_VISIT, INTERVIEW, PHONE_CALL, CORRESPONDENCE, READING, RECCE;

    @Override
    public String toString() {
        return code();
    }
}
