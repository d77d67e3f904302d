package witness.film;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import witness.core.Film;
import witness.research.SourceChoices;
import witness.web.FieldErrors;
import witness.web.Forms;

/**
 * A shot form as a browser posts it: every value text, numbers checked field by field; a source found by the
 * words of its search box (findSource) is as if chosen.
 */
public record ShotForm(ShotInput input, FieldErrors errors, String findSource) {

    public static ShotForm read(Film film, MultivaluedMap<String, String> posted) {
        FieldErrors errors = new FieldErrors();
        Map<String, String> form = Forms.values(posted);
        String words = form.get(SourceChoices.FIND);
        String source = SourceChoices.chosen(film, form.get("source"), words, errors);
        ShotInput input = new ShotInput(form.get("scene"), Forms.integer(form, "position", errors), form.get("key"),
                form.get("kind"), form.get("description"), form.get("audio"), form.get("framing"),
                form.get("movement"), Forms.duration(form, "seconds", errors), form.get("location"),
                form.get("interviewee"), source, form.get("status"), form.get("notes"),
                Forms.version(form, errors));
        return new ShotForm(input, errors, words == null ? "" : words);
    }

    /** The form as it was first filled from a stored shot. */
    public static ShotInput of(Shot shot) {
        return new ShotInput(shot.scene.key, shot.position, shot.key, ShotData.code(shot.kind), shot.description,
                ShotData.code(shot.audio), ShotData.code(shot.framing), ShotData.code(shot.movement), shot.seconds,
                shot.location == null ? null : shot.location.key, shot.person == null ? null : shot.person.key,
                shot.source == null ? null : shot.source.key, ShotData.code(shot.status), shot.notes, shot.version);
    }
}
