package witness.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import witness.source.ClearanceStatus;
import witness.source.Source;
import witness.source.SourceInput;
import witness.web.Form;
import witness.web.Forms;
import witness.web.Inputs;

/** The forms of the source pages, each filled with what is stored or, if just refused, what was entered. */
public record SourceForms(Forms forms) {
    static final String NEW = "new-source";
    static final String EDIT = "edit-source";
    static final List<String> FIELDS = Inputs.fields(SourceInput.class, "version");
    /** A CSL type as a select offers it. */
    public record TypeChoice(String code, String label) {
        static TypeChoice of(String code) {
            return new TypeChoice(code, Source.typeLabel(code));
        }
    }

    public static SourceForms none() {
        return new SourceForms(Forms.none());
    }

    public static SourceForms refused(String formId, SourceInput input, Map<String, String> errors) {
        return new SourceForms(Forms.refused(formId, input, errors));
    }

    public Form create() {
        return forms.filled(NEW, SourceInput.blank(), FIELDS);
    }

    public Form source(Source source) {
        return forms.filled(EDIT, SourceInput.of(source), FIELDS);
    }

    /** The common CSL types, and the source's own when it is another one (an imported periodical, say). */
    public List<TypeChoice> types(String current) {
        List<TypeChoice> choices = new ArrayList<>(SourceEditor.COMMON_TYPES.stream().map(TypeChoice::of).toList());
        if (current != null && !current.isBlank() && !SourceEditor.COMMON_TYPES.contains(current)) {
            choices.add(TypeChoice.of(current));
        }
        return choices;
    }

    public List<ClearanceStatus> clearances() {
        return List.of(ClearanceStatus.values());
    }

}
