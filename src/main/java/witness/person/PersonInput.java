package witness.person;

import static witness.web.Texts.blankToNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.core.FiledKey;
import witness.web.Amount;
import witness.web.Code;
import witness.web.Inputs;
import witness.web.Labelled;
import witness.web.Readable;
import witness.web.VersionRead;

/**
 * A person as a writer sends it: bound from the person form, read from the API's JSON and from the dossier's
 * people.yaml, and answered by the API. The contact part is for producers only, never in a dossier.
 */
@JsonPropertyOrder({ "key", "name", "otherNames", "relation", "role", "crewRole", "department", "languages", "alive",
        "notes", "version", "contact" })
public class PersonInput {
    @RestForm
    @FiledKey(groups = Filed.class)
    @Schema(description = "Unique in the film; made from the name when absent on create", example = "vlady")
    public String key;
    @RestForm @Schema(example = "Vlady Kibalchich") public String name;
    @RestForm public List<String> otherNames;
    @RestForm @Schema(example = "son of Victor Serge and Liuba Roussakova") public String relation;
    @RestForm
    @Code(PersonRole.class)
    @Schema(description = "subject, interviewee, witness, historical or crew", example = "interviewee")
    public String role;
    @RestForm
    @Code(CrewRole.class)
    @Schema(description = "A crew member's job: director, producer, camera, sound, fixer, interpreter, driver,"
            + " researcher or assistant; crew only", example = "camera")
    public String crewRole;
    @RestForm
    @Schema(description = "A crew member's department when it is not the crew role's own (camera: Camera, fixer:"
            + " Locations…); empty follows the role", example = "Second unit")
    public String department;
    @RestForm public List<String> languages;
    /** The form's choice (yes, no, unknown); JSON and YAML say true, false or nothing. */
    @RestForm @JsonIgnore @Code(Alive.class) public String alive;
    @RestForm public String notes;
    @RestForm
    @Null(groups = Filed.class, message = "is not part of a dossier")
    @Schema(description = "The version read; required on update", implementation = Long.class)
    public VersionRead version;
    @Valid
    @Null(groups = Filed.class, message = "is personal data: never part of a dossier")
    @Schema(description = "Contact details: personal data, producers only", nullable = true)
    public ContactInput contact;

    /** The person as stored, without the version or contact details. */
    public static PersonInput of(Person person) {
        PersonInput input = new PersonInput();
        input.key = person.key;
        input.name = person.name;
        input.otherNames = List.copyOf(person.otherNames);
        input.relation = person.relation;
        input.role = person.role == null ? null : person.role.code();
        input.crewRole = person.crewRole == null ? null : person.crewRole.code();
        input.department = person.department;
        input.languages = List.copyOf(person.languages);
        input.alive(person.alive);
        input.notes = person.notes;
        return input;
    }

    /** The person as the API answers it: with its version, and its contact details for a producer. */
    static PersonInput answer(Person person, PersonContact contact) {
        PersonInput answer = of(person);
        answer.version = VersionRead.of(person.version);
        answer.contact = contact == null ? null : ContactInput.of(contact);
        return answer;
    }

    /** Copies the person's own fields (not its key) onto a person; the codes have been checked. */
    public void applyTo(Person person) {
        person.name = blankToNull(name);
        person.otherNames = Inputs.lines(otherNames);
        person.relation = blankToNull(relation);
        person.role = Labelled.of(PersonRole.class, role);
        person.crewRole = Labelled.of(CrewRole.class, crewRole);
        String written = blankToNull(department) == null ? null : department.strip();
        // The role's own department is not kept, so that it follows the role when the role changes.
        person.department = person.crewRole != null && person.crewRole.department.equals(written) ? null : written;
        person.languages = Inputs.lines(languages);
        person.alive = alive();
        person.notes = blankToNull(notes);
    }

    @JsonProperty("alive")
    @Schema(description = "As of the production; null when unknown")
    public Boolean alive() {
        Alive choice = Labelled.of(Alive.class, alive);
        return choice == null ? null : choice.value();
    }

    @JsonProperty("alive")
    void alive(Boolean value) {
        alive = Alive.of(value).code();
    }

    /** Contact details as sent: by the contact form, or as the contact part of the API's person. */
    public static class ContactInput {
        @RestForm
        public String phone;
        @RestForm
        @Schema(example = "name@example.org")
        public String email;
        @RestForm
        public String address;
        @RestForm
        public String note;
        /** As the form writes it (350.00, 1,500); JSON sends a number. */
        @RestForm @JsonIgnore @Readable(Amount.class) public String dayRate;
        @RestForm @Schema(description = "Three-letter code of the day rate", example = "GBP") public String dayRateCurrency;
        @RestForm
        @Schema(description = "The version read, when the person already has contact details",
                implementation = Long.class)
        public VersionRead version;

        static ContactInput of(PersonContact contact) {
            ContactInput input = new ContactInput();
            input.phone = contact.phone;
            input.email = contact.email;
            input.address = contact.address;
            input.note = contact.note;
            input.dayRate(contact.dayRate);
            input.dayRateCurrency = contact.dayRateCurrency;
            input.version = VersionRead.of(contact.version);
            return input;
        }

        void applyTo(PersonContact contact) {
            contact.phone = blankToNull(phone);
            contact.email = blankToNull(email);
            contact.address = blankToNull(address);
            contact.note = blankToNull(note);
            contact.dayRate = Amount.parse(dayRate);
            contact.dayRateCurrency = blankToNull(dayRateCurrency) == null ? null
                    : dayRateCurrency.strip().toUpperCase(java.util.Locale.ROOT);
        }

        @JsonProperty("dayRate")
        @Schema(description = "A crew member's day rate, e.g. 350.00", example = "350.00")
        public BigDecimal dayRate() {
            return Amount.parse(dayRate);
        }

        @JsonProperty("dayRate")
        void dayRate(BigDecimal amount) {
            dayRate = amount == null ? null : amount.toPlainString();
        }
    }
}
