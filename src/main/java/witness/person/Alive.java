package witness.person;

import witness.web.Labelled;

/** The choice of the person form's "alive" select: yes, no or unknown (a null Person.alive). */
public enum Alive implements Labelled {
    YES("alive"), NO("deceased"), UNKNOWN("unknown");

    private final String label;

    Alive(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static Alive of(Boolean alive) {
        return alive == null ? UNKNOWN : alive ? YES : NO;
    }

    Boolean value() {
        return this == UNKNOWN ? null : this == YES;
    }
}
