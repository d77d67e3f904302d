package witness.person;

import witness.web.Labelled;

/** What a crew member does on the shoot, and the department it belongs to unless the producer writes another. */
public enum CrewRole implements Labelled {
    DIRECTOR("Direction"), PRODUCER("Production"), CAMERA("Camera"), SOUND("Sound"), FIXER("Locations"),
    INTERPRETER("Languages"), DRIVER("Transport"), RESEARCHER("Research"), ASSISTANT("Production");

    public final String department;

    CrewRole(String department) {
        this.department = department;
    }

    @Override
    public String toString() {
        return code();
    }
}
