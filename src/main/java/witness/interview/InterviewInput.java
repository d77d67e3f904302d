package witness.interview;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a writer sends to create or change an interview: choices by their codes, the person by key,
 * dates and the fee as text so that a bad one is a message naming its field.
 */
@Schema(name = "InterviewInput", description = "An interview to create or its new state. Empty lists keep the stored ones.")
public record InterviewInput(
        @Schema(description = "Key of the person interviewed; or give a label") String person,
        @Schema(description = "Who is interviewed when no person is named yet, e.g. 'Relatives in Russia'") String label,
        @Schema(description = "identified, contacted, agreed, pre-interviewed, scheduled, filmed, transcribed, declined; empty keeps it (new: identified)") String status,
        String language,
        String interpreter,
        String place,
        @Schema(description = "Date of the interview, yyyy-mm-dd", example = "1990-06-14") String date,
        @Schema(description = "Topics; null keeps the stored ones") List<String> topics,
        @Schema(description = "Questions in order; null keeps the stored ones") List<String> questions,
        @Schema(description = "none, sent, signed; empty keeps it (new: none)") String release,
        @Schema(description = "When the release was signed, yyyy-mm-dd") String releaseSignedOn,
        @Schema(description = "Fee, e.g. 150.00", example = "150.00") String fee,
        String notes,
        @Schema(description = "The version you read; required to update") Long version,
        @Schema(description = "Key of the location where it is filmed; empty for none, null keeps it") String location) {

    public static InterviewInput empty() {
        return new InterviewInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
