package witness.person;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a writer sends to create or change a person; the contact part is for producers only. */
public record PersonInput(
        @Schema(description = "Unique in the film; made from the name when absent on create", example = "vlady") String key,
        @Schema(example = "Vlady Kibalchich") String name,
        List<String> otherNames,
        @Schema(example = "son of Victor Serge and Liuba Roussakova") String relation,
        @Schema(description = "subject, interviewee, witness, historical or crew", example = "interviewee") String role,
        List<String> languages,
        @Schema(description = "As of the production; null when unknown") Boolean alive,
        String notes,
        @Schema(description = "The version read; required on update") Long version,
        @Schema(description = "Contact details: personal data, producers only") ContactInput contact) {

    /** Contact details as sent. */
    public record ContactInput(String phone, @Schema(example = "name@example.org") String email, String address,
            String note, @Schema(description = "The version read, when the person already has contact details") Long version) {
    }
}
