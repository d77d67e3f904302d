package witness.person;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as the API answers it; contact is null unless the caller is a producer. */
public record PersonData(String key, String name, List<String> otherNames, String relation,
        @Schema(example = "interviewee") String role, List<String> languages, Boolean alive, String notes, long version,
        @Schema(description = "Contact details: present for producers only", nullable = true) ContactData contact) {

    public record ContactData(String phone, String email, String address, String note, long version) {
        static ContactData of(PersonContact c) {
            return c == null ? null : new ContactData(c.phone, c.email, c.address, c.note, c.version);
        }
    }

    static PersonData of(Person p, PersonContact contact) {
        return new PersonData(p.key, p.name, List.copyOf(p.otherNames), p.relation, p.role.code(),
                List.copyOf(p.languages), p.alive, p.notes, p.version, ContactData.of(contact));
    }
}
