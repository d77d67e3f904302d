package witness.interview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An interview as the API answers it: codes for choices, the person by key. It holds the release
 * STATUS only, never the scan's details (personal data, downloaded by producers from the page).
 */
@Schema(name = "Interview")
public record InterviewData(
        String key,
        @Schema(description = "Key of the person interviewed, if one is named") String person,
        String label,
        @Schema(description = "Who is interviewed, as the board shows it") String interviewee,
        String status,
        String language,
        String interpreter,
        String place,
        @Schema(description = "Key of the location where it is filmed, if any") String location,
        LocalDate date,
        List<String> topics,
        List<String> questions,
        @Schema(description = "none, sent, signed") String release,
        LocalDate releaseSignedOn,
        BigDecimal fee,
        String notes,
        @Schema(description = "Filmed without a signed release, scheduled without a date") List<String> warnings,
        long version) {

    public static InterviewData of(Interview i) {
        return new InterviewData(i.key, i.person == null ? null : i.person.key, i.label, i.interviewee(),
                i.status.code(), i.language, i.interpreter, i.place,
                i.location == null ? null : i.location.key, i.date, List.copyOf(i.topics),
                List.copyOf(i.questions), i.release.code(), i.releaseSignedOn, i.fee, i.notes, i.warnings(),
                i.version);
    }
}
