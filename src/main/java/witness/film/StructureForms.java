package witness.film;

import java.util.List;
import java.util.Map;
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

    public static StructureForms refused(String formId, Object input, Map<String, String> errors) {
        return new StructureForms(Forms.refused(formId, input, errors));
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
        return forms.filled(sequenceId(sequence.key), SequenceInput.of(sequence), SEQUENCE_FIELDS);
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
        return forms.filled(sceneId(scene.key), SceneInput.of(scene), SCENE_FIELDS);
    }
}
