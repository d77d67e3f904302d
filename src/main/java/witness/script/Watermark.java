package witness.script;

import witness.web.Labelled;

/** The word printed across every page of a script that is not for general circulation. */
public enum Watermark implements Labelled {
    NONE, DRAFT, CONFIDENTIAL;

    /** "DRAFT", or nothing. */
    public String text() {
        return this == NONE ? "" : name();
    }
}
