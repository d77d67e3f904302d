package witness.film;

import jakarta.ws.rs.core.MultivaluedMap;
import witness.web.FieldErrors;

/** A shot form as a browser posts it: every value text, numbers checked field by field. */
public record ShotForm(ShotInput input, FieldErrors errors) {

    public static ShotForm read(MultivaluedMap<String, String> form) {
        FieldErrors errors = new FieldErrors();
        ShotInput input = new ShotInput(form.getFirst("scene"), whole(form, "position", errors), form.getFirst("key"),
                form.getFirst("kind"), form.getFirst("description"), form.getFirst("audio"), form.getFirst("framing"),
                form.getFirst("movement"), seconds(form, "seconds", errors), form.getFirst("location"),
                form.getFirst("interviewee"), form.getFirst("source"), form.getFirst("status"), form.getFirst("notes"),
                version(form, errors));
        return new ShotForm(input, errors);
    }

    /** The form as it was first filled from a stored shot. */
    public static ShotInput of(Shot shot) {
        return new ShotInput(shot.scene.key, shot.position, shot.key, ShotData.code(shot.kind), shot.description,
                ShotData.code(shot.audio), ShotData.code(shot.framing), ShotData.code(shot.movement), shot.seconds,
                shot.location == null ? null : shot.location.key, shot.person == null ? null : shot.person.key,
                shot.source == null ? null : shot.source.key, ShotData.code(shot.status), shot.notes, shot.version);
    }

    static Integer whole(MultivaluedMap<String, String> form, String field, FieldErrors errors) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "'" + value + "' is not a whole number");
            return null;
        }
    }

    static Long version(MultivaluedMap<String, String> form, FieldErrors errors) {
        String value = form.getFirst("version");
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add("version", "'" + value + "' is not a version number");
            return null;
        }
    }

    /** Seconds as 90 or as minutes and seconds, 1:30. */
    static Integer seconds(MultivaluedMap<String, String> form, String field, FieldErrors errors) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        var match = java.util.regex.Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,5})").matcher(value.strip());
        if (!match.matches() || (match.group(1) != null && Integer.parseInt(match.group(2)) > 59)) {
            errors.add(field, "'" + value + "' is not a duration: write seconds (90) or minutes and seconds (1:30)");
            return null;
        }
        int minutes = match.group(1) == null ? 0 : Integer.parseInt(match.group(1));
        return minutes * 60 + Integer.parseInt(match.group(2));
    }
}
