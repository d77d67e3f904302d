package witness.person;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.person.PersonInput.ContactInput;
import witness.web.FieldErrors;
import witness.web.Form;
import witness.web.Forms;

/** The forms of the person pages, each filled with what is stored or, if just refused, what was entered. */
public record PersonForms(Forms forms) {
    static final String NEW = "new-person";
    static final String EDIT = "edit-person";
    static final String CONTACT = "edit-contact";
    static final List<String> PERSON_FIELDS = List.of("key", "name", "otherNames", "relation", "role", "languages",
            "alive", "notes");
    static final List<String> CONTACT_FIELDS = List.of("phone", "email", "address", "note");

    public static PersonForms none() {
        return new PersonForms(Forms.none());
    }

    public static PersonForms refused(String formId, Map<String, String> submitted, Map<String, String> errors) {
        return new PersonForms(Forms.refused(formId, submitted, errors));
    }

    public Form create() {
        return forms.form(NEW, Map.of("alive", Alive.UNKNOWN.code()), PERSON_FIELDS);
    }

    public Form person(Person person) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("name", person.name);
        stored.put("otherNames", String.join("\n", person.otherNames));
        stored.put("relation", person.relation);
        stored.put("role", person.role == null ? null : person.role.code());
        stored.put("languages", String.join("\n", person.languages));
        stored.put("alive", Alive.of(person.alive).code());
        stored.put("notes", person.notes);
        stored.put("version", person.version);
        return forms.form(EDIT, stored, PERSON_FIELDS);
    }

    public Form contact(PersonContact contact) {
        Map<String, Object> stored = new HashMap<>();
        if (contact != null) {
            stored.put("phone", contact.phone);
            stored.put("email", contact.email);
            stored.put("address", contact.address);
            stored.put("note", contact.note);
            stored.put("version", contact.version);
        }
        return forms.form(CONTACT, stored, CONTACT_FIELDS);
    }

    public List<PersonRole> roles() {
        return List.of(PersonRole.values());
    }

    public List<Alive> living() {
        return List.of(Alive.values());
    }

    /** A posted person form as input; the version and the alive choice checked on the way. */
    static PersonInput person(Map<String, String> values, FieldErrors errors) {
        Long version = Forms.version(values, errors);
        Alive alive = errors.choice(Alive.class, "alive", values.get("alive"));
        return new PersonInput(values.get("key"), values.get("name"), lines(values.get("otherNames")),
                values.get("relation"), values.get("role"), lines(values.get("languages")),
                alive == null ? null : alive.value(), values.get("notes"), version, null);
    }

    static ContactInput contact(Map<String, String> values, FieldErrors errors) {
        return new ContactInput(values.get("phone"), values.get("email"), values.get("address"), values.get("note"),
                Forms.version(values, errors));
    }

    /** One per line, as the text areas hold them. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
