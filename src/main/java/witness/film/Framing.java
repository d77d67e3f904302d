package witness.film;

import java.util.Locale;
import witness.web.Labelled;

/** Shot sizes, written as camera crews abbreviate them. */
public enum Framing implements Labelled {
    EWS, WS, MWS, MS, MCU, CU, ECU;

    @Override
    public String label() {
        return name();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
