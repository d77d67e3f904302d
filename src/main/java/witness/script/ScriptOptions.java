package witness.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.web.BadRequest;
import witness.web.Labelled;
import witness.web.QueryString;

/**
 * What a script export holds: the whole film, one sequence or chosen scenes; whether dropped shots, shot
 * notes and citations are in it; a watermark; and the version its title page names. Every option is in the
 * URL, so that an export can be bookmarked and made again.
 */
public record ScriptOptions(Sequence sequence, List<Scene> scenes, boolean dropped, boolean notes,
        boolean citations, Watermark watermark, String version) {
    public static final String DEFAULT_VERSION = "Draft";
    static final int VERSION_LENGTH = 100;

    /** The whole film, without dropped shots, with notes and citations, no watermark. */
    public static ScriptOptions whole() {
        return new ScriptOptions(null, List.of(), false, true, true, Watermark.NONE, DEFAULT_VERSION);
    }

    /**
     * The options a URL names; a 400 naming the field for a sequence or scene the film does not have, a
     * watermark that is not one of ours, a version too long, or both a sequence and scenes.
     */
    public static ScriptOptions of(Film film, String sequence, List<String> scenes, Boolean dropped, Boolean notes,
            Boolean citations, String watermark, String version) {
        Sequence chosen = sequence == null || sequence.isBlank() ? null
                : Sequence.byKey(film, sequence.strip()).orElseThrow(
                        () -> new BadRequest("sequence", "the film has no sequence '" + sequence.strip() + "'"));
        List<Scene> picked = scenes(film, scenes);
        if (chosen != null && !picked.isEmpty()) {
            throw new BadRequest("scenes", "choose either one sequence or some scenes, not both");
        }
        Watermark mark = watermark == null || watermark.isBlank() ? Watermark.NONE
                : Labelled.parse(Watermark.class, "watermark", watermark.strip().toLowerCase());
        String named = version == null || version.isBlank() ? DEFAULT_VERSION : version.strip();
        if (named.length() > VERSION_LENGTH) {
            throw new BadRequest("version", "must be at most " + VERSION_LENGTH + " characters");
        }
        return new ScriptOptions(chosen, picked, Boolean.TRUE.equals(dropped), !Boolean.FALSE.equals(notes),
                !Boolean.FALSE.equals(citations), mark, named);
    }

    private static List<Scene> scenes(Film film, List<String> keys) {
        if (keys == null) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>();
        keys.stream().flatMap(k -> List.of(k.split(",")).stream()).map(String::strip).filter(k -> !k.isEmpty())
                .forEach(wanted::add);
        List<Scene> found = new ArrayList<>();
        for (String key : wanted) {
            found.add(Scene.byKey(film, key)
                    .orElseThrow(() -> new BadRequest("scenes", "the film has no scene '" + key + "'")));
        }
        return found;
    }

    /** Whether this scene is in the export. */
    public boolean includes(Scene scene) {
        if (sequence != null) {
            return scene.sequence.id.equals(sequence.id);
        }
        return scenes.isEmpty() || scenes.stream().anyMatch(s -> s.id.equals(scene.id));
    }

    /** "Whole film", "Sequence 2: Orenburg exile (1933–36)", "Scenes 1.1, 2.3". */
    public String scope() {
        if (sequence != null) {
            return "Sequence " + sequence.number() + ": " + sequence.title;
        }
        if (scenes.isEmpty()) {
            return "Whole film";
        }
        return (scenes.size() == 1 ? "Scene " : "Scenes ")
                + String.join(", ", scenes.stream().map(Scene::number).sorted().toList());
    }

    /** The options as a query string (without "?"), empty for the defaults: links to the other formats keep them. */
    public String query() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("sequence", sequence == null ? null : sequence.key);
        q.put("scenes", String.join(",", scenes.stream().map(s -> s.key).toList()));
        q.put("dropped", dropped ? "true" : null);
        q.put("notes", notes ? null : "false");
        q.put("citations", citations ? null : "false");
        q.put("watermark", watermark == Watermark.NONE ? null : watermark.code());
        q.put("version", DEFAULT_VERSION.equals(version) ? null : version);
        return QueryString.of(q);
    }
}
