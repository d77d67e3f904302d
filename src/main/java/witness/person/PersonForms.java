package witness.person;

import java.util.List;
import java.util.Map;
import witness.person.PersonInput.ContactInput;
import witness.web.Form;
import witness.web.Forms;
import witness.web.Inputs;

/** The forms of the person pages, each filled with what is stored or, if just refused, what was entered. */
public record PersonForms(Forms forms) {
    static final String NEW = "new-person";
    static final String EDIT = "edit-person";
    static final String CONTACT = "edit-contact";
    private static final List<String> PERSON_FIELDS = Inputs.fields(PersonInput.class, "version");
    private static final List<String> CONTACT_FIELDS = Inputs.fields(ContactInput.class, "version");

    public static PersonForms none() {
        return new PersonForms(Forms.none());
    }

    public static PersonForms refused(String formId, Object input, Map<String, String> errors) {
        return new PersonForms(Forms.refused(formId, input, errors));
    }

    public Form create() {
        return forms.form(NEW, Map.of("alive", Alive.UNKNOWN.code()), PERSON_FIELDS);
    }

    public Form person(Person person) {
        return forms.filled(EDIT, PersonInput.of(person), person.version, PERSON_FIELDS);
    }

    public Form contact(PersonContact contact) {
        return forms.filled(CONTACT, contact == null ? null : ContactInput.of(contact), CONTACT_FIELDS);
    }

    public List<PersonRole> roles() {
        return List.of(PersonRole.values());
    }

    public List<CrewRole> crewRoles() {
        return List.of(CrewRole.values());
    }

    public List<Alive> living() {
        return List.of(Alive.values());
    }
}
