package witness.web;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A move as the ↑/↓ buttons and drag and drop post it: the 1-based place to go to and, when it goes elsewhere, the
 * key or id of its new parent (a scene's sequence, a shot's scene, a shoot day).
 */
public class Move {
    @RestForm @Readable(WholeNumber.class) public String position;
    @RestForm public String sequence;
    @RestForm public String scene;
    @RestForm public String day;

    /** The place asked for; null for none (last); a message naming the field when it is not a number from 1. */
    public Integer position() {
        FieldErrors errors = new FieldErrors();
        Integer place = WholeNumber.value(position);
        if (position != null && !position.isBlank() && place == null) {
            errors.add("position", "must be a whole number, not '" + position + "'");
        } else if (place != null && place < 1) {
            errors.add("position", "must be 1 or more");
        }
        errors.check();
        return place;
    }

    /** The place asked for, which this move must have. */
    public Integer requiredPosition() {
        Integer place = position();
        if (place == null) {
            throw new Invalid("position", "is required: the 1-based place to move to");
        }
        return place;
    }
}
