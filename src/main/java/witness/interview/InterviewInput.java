package witness.interview;

import static witness.web.Texts.blankToNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.core.FiledKey;
import witness.web.Amount;
import witness.web.Code;
import witness.web.FieldErrors;
import witness.web.Inputs;
import witness.web.IsoDate;
import witness.web.Labelled;
import witness.web.Readable;
import witness.web.Texts;
import witness.web.VersionRead;

/**
 * An interview as a writer sends it: bound from the interview forms, read from the API's JSON and from the dossier's
 * interviews.yaml, and answered by the API. Choices by their codes, the person and the location by key, dates and
 * the fee as text so that a bad one is a message naming its field. It holds the release STATUS only, never the
 * scan's details (personal data, downloaded by producers from the page).
 */
@Schema(name = "Interview", description = "An interview: as the API answers it, and as it is sent to create or change"
        + " it. Empty lists keep the stored ones.")
@JsonPropertyOrder({ "key", "person", "label", "interviewee", "status", "language", "interpreter", "place", "location",
        "date", "topics", "questions", "release", "releaseSignedOn", "fee", "notes", "warnings", "version", "clips" })
public class InterviewInput {
    @FiledKey(groups = Filed.class)
    @Schema(description = "Made from the person's name or the label on create") public String key;
    @RestForm @Schema(description = "Key of the person interviewed; or give a label") public String person;
    @RestForm
    @Size(max = 200, message = "is too long: at most {max} characters")
    @Schema(description = "Who is interviewed when no person is named yet, e.g. 'Relatives in Russia'")
    public String label;
    @Null(groups = Filed.class, message = "is not part of a dossier: it is the person's name or the label")
    @Schema(description = "Who is interviewed, as the board shows it; ignored when sent", readOnly = true)
    public String interviewee;
    @RestForm
    @Code(InterviewStatus.class)
    @NotNull(groups = Filed.class)
    @Schema(description = "identified, contacted, agreed, pre-interviewed, scheduled, filmed, transcribed, declined;"
            + " empty keeps it (new: identified)")
    public String status;
    @RestForm @Size(max = 100, message = "is too long: at most {max} characters") public String language;
    @RestForm @Size(max = 200, message = "is too long: at most {max} characters") public String interpreter;
    @RestForm @Size(max = 200, message = "is too long: at most {max} characters") public String place;
    @RestForm
    @Schema(description = "Key of the location where it is filmed; empty for none, null keeps it")
    public String location;
    @RestForm
    @Readable(IsoDate.class)
    @Schema(description = "Date of the interview, yyyy-mm-dd", example = "1990-06-14") public String date;
    @RestForm
    @Schema(description = "Topics, one per item (a form sends them one per line); null keeps the stored ones")
    public List<String> topics;
    @Schema(description = "Questions in order; null keeps the stored ones") public List<String> questions;
    @RestForm
    @Code(ReleaseStatus.class)
    @Schema(description = "none, sent, signed; empty keeps it (new: none)") public String release;
    @RestForm
    @Readable(IsoDate.class)
    @Schema(description = "When the release was signed, yyyy-mm-dd") public String releaseSignedOn;
    /** The fee as the form writes it (150.00, 1,500); JSON and YAML send a number. */
    @RestForm @JsonIgnore @Readable(Amount.class) public String fee;
    @RestForm @Size(max = 4000, message = "is too long: at most {max} characters") public String notes;
    @Null(groups = Filed.class, message = "is not part of a dossier: the board works them out")
    @Schema(description = "Filmed without a signed release, scheduled without a date; ignored when sent",
            readOnly = true)
    public List<String> warnings;
    @RestForm
    @Null(groups = Filed.class, message = "is not part of a dossier")
    @Schema(description = "The version you read; required to update", implementation = Long.class)
    public VersionRead version;
    /** In a dossier file: the interview's rushes, without their proxy files. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(hidden = true) public List<@Valid @NotNull ClipInput> clips;

    /** The interview as its dossier file holds it: with its clips (by start, as {@link Clip#ofFilm} gives them). */
    public static InterviewInput filed(Interview interview, List<Clip> clips) {
        InterviewInput input = of(interview);
        input.clips = clips.stream().map(ClipInput::filed).toList();
        return input;
    }

    /** The interview as stored, without its version or what the API adds. */
    public static InterviewInput of(Interview interview) {
        InterviewInput input = new InterviewInput();
        input.key = interview.key;
        input.person = interview.person == null ? null : interview.person.key;
        input.label = interview.label;
        input.status = interview.status.code();
        input.language = interview.language;
        input.interpreter = interview.interpreter;
        input.place = interview.place;
        input.location = interview.location == null ? null : interview.location.key;
        input.date = interview.date == null ? null : interview.date.toString();
        input.topics = List.copyOf(interview.topics);
        input.questions = List.copyOf(interview.questions);
        input.release = interview.release.code();
        input.releaseSignedOn = interview.releaseSignedOn == null ? null : interview.releaseSignedOn.toString();
        input.fee(interview.fee);
        input.notes = interview.notes;
        return input;
    }

    /** The interview as the API answers it: with who is interviewed, its warnings and its version. */
    static InterviewInput answer(Interview interview) {
        InterviewInput answer = of(interview);
        answer.interviewee = interview.interviewee();
        answer.warnings = interview.warnings();
        answer.version = VersionRead.of(interview.version);
        return answer;
    }

    /**
     * Copies the interview's own fields onto an interview, not its key, person or location (found by the caller in
     * the film or the dossier): an empty status or release, and no topics or questions, keep the stored ones.
     */
    public void applyTo(Interview interview) {
        if (label != null || person != null) {
            interview.label = blankToNull(label);
        }
        InterviewStatus moved = Labelled.of(InterviewStatus.class, status);
        interview.status = moved != null ? moved : interview.status;
        interview.language = blankToNull(language);
        interview.interpreter = blankToNull(interpreter);
        interview.place = blankToNull(place);
        interview.date = IsoDate.parse(date);
        if (topics != null) {
            interview.topics = Inputs.lines(topics);
        }
        if (questions != null) {
            interview.questions = oneLineEach(questions);
        }
        ReleaseStatus released = Labelled.of(ReleaseStatus.class, release);
        interview.release = released != null ? released : interview.release;
        interview.releaseSignedOn = IsoDate.parse(releaseSignedOn);
        interview.fee = Amount.parse(fee);
        interview.notes = blankToNull(notes);
    }

    /** The messages of the date sent with a release's scan: the only field of the input its form has. */
    FieldErrors signedOnChecked(Validator validator) {
        FieldErrors errors = new FieldErrors();
        validator.validateProperty(this, "releaseSignedOn")
                .forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    /** A signed release's date sent with its scan: the release becomes signed on that date. */
    void applySignedReleaseTo(Interview interview) {
        if (IsoDate.parse(releaseSignedOn) != null) {
            interview.release = ReleaseStatus.SIGNED;
            interview.releaseSignedOn = IsoDate.parse(releaseSignedOn);
        }
    }

    /** What the input's fields say together of the interview they made: a release's date is for a signed one. */
    void checkTogether(Interview made, FieldErrors errors) {
        if (made.releaseSignedOn != null && made.release != ReleaseStatus.SIGNED) {
            errors.add("releaseSignedOn", "is only for a signed release: set the release to signed, or leave it empty");
        }
    }

    @JsonProperty("fee")
    @Schema(description = "Fee, e.g. 150.00", example = "150.00")
    public BigDecimal fee() {
        return Amount.parse(fee);
    }

    void fee(BigDecimal amount) {
        fee = amount == null ? null : amount.toPlainString();
    }

    /** Any scalar the API sends (150, 150.5, "1,500", "a lot"), kept as text for {@link Amount} to judge. */
    @JsonProperty("fee")
    void fee(JsonNode sent) {
        fee = sent == null || sent.isNull() ? null : sent.isNumber() ? sent.decimalValue().toPlainString()
                : sent.asText();
    }

    /** Each question on one line: a line break inside one is a space. */
    private static List<String> oneLineEach(List<String> values) {
        return new ArrayList<>(values.stream().filter(v -> v != null && !v.isBlank()).map(Texts::oneLine).toList());
    }
}
