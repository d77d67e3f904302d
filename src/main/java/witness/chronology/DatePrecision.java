package witness.chronology;

import witness.web.Labelled;

public enum DatePrecision implements Labelled {
    DAY, MONTH, YEAR;

    @Override
    public String toString() {
        return code();
    }
}
