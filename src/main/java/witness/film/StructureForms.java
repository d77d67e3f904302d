package witness.film;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.web.Durations;
import witness.web.Form;
import witness.web.Forms;

/** The forms of the structure and scene pages, each filled with what is stored or, if just refused, what was entered. */
public record StructureForms(Forms forms) {
    static final List<String> SEQUENCE_FIELDS = List.of("title", "period", "synopsis");
    static final List<String> NEW_SCENE_FIELDS = List.of("title", "setting", "era", "estimatedSeconds", "purpose");
    static final List<String> SCENE_FIELDS = List.of("title", "purpose", "setting", "era", "narration",
            "estimatedSeconds", "status", "sequence");
    static final List<String> MOVE_FIELDS = List.of("position", "sequence");

    public static StructureForms none() {
        return new StructureForms(Forms.none());
    }

    public static StructureForms refused(String formId, Map<String, String> submitted, Map<String, String> errors) {
        return new StructureForms(Forms.refused(formId, submitted, errors));
    }

    static String newSequenceId() {
        return "new-sequence";
    }

    static String sequenceId(String key) {
        return "edit-sequence-" + key;
    }

    static String moveSequenceId(String key) {
        return "move-sequence-" + key;
    }

    static String newSceneId(String sequenceKey) {
        return "new-scene-" + sequenceKey;
    }

    static String sceneId(String key) {
        return "edit-scene-" + key;
    }

    static String moveSceneId(String key) {
        return "move-scene-" + key;
    }

    public Form newSequence() {
        return forms.form(newSequenceId(), Map.of(), SEQUENCE_FIELDS);
    }

    public Form sequence(Sequence sequence) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("title", sequence.title);
        stored.put("period", sequence.period);
        stored.put("synopsis", sequence.synopsis);
        stored.put("version", sequence.version);
        return forms.form(sequenceId(sequence.key), stored, SEQUENCE_FIELDS);
    }

    public Form moveSequence(Sequence sequence) {
        return forms.form(moveSequenceId(sequence.key), Map.of(), MOVE_FIELDS);
    }

    public Form newScene(Sequence sequence) {
        return forms.form(newSceneId(sequence.key), Map.of(), NEW_SCENE_FIELDS);
    }

    public Form moveScene(Scene scene) {
        return forms.form(moveSceneId(scene.key), Map.of(), MOVE_FIELDS);
    }

    public Form scene(Scene scene) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("title", scene.title);
        stored.put("purpose", scene.purpose);
        stored.put("setting", scene.setting);
        stored.put("era", scene.era);
        stored.put("narration", scene.narration);
        stored.put("estimatedSeconds", Durations.format(scene.estimatedSeconds));
        stored.put("status", scene.status.code());
        stored.put("sequence", scene.sequence.key);
        stored.put("version", scene.version);
        return forms.form(sceneId(scene.key), stored, SCENE_FIELDS);
    }
}
