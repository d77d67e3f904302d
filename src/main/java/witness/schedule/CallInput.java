package witness.schedule;

import static witness.web.Texts.blankToNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.web.Readable;
import witness.web.VersionRead;

/**
 * A call as the day page's forms post it — who (a person's key), their call (HH:MM; empty: the day's call) and
 * notes — and as a dossier's schedule file holds it under a day's {@code calls}, with the call as a clock time.
 */
@JsonPropertyOrder({ "person", "call", "notes" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CallInput {
    @RestForm @NotBlank(message = "is required: choose who is called") public String person;
    @RestForm
    @JsonSerialize(converter = ShootDayInput.ClockTime.Written.class)
    @JsonDeserialize(converter = ShootDayInput.ClockTime.Read.class)
    @Readable(ShootDayInput.ClockTime.class) public String call;
    @RestForm @Size(max = 500) public String notes;
    @RestForm @Null(groups = Filed.class, message = "is not part of a dossier") public VersionRead version;

    /** The call as stored. */
    static CallInput of(ShootDayCall c) {
        CallInput input = new CallInput();
        input.person = c.person.key;
        input.call = c.callTime == null ? null : ShootDayInput.hhmm(c.callTime);
        input.notes = c.notes;
        input.version = VersionRead.of(c.version);
        return input;
    }

    /** The call as a dossier file holds it: its own time as a clock time, no version. */
    static CallInput filed(ShootDayCall c) {
        CallInput input = of(c);
        input.call = c.callTime == null ? null : c.callTime.toString();
        input.version = null;
        return input;
    }

    /** The call time written, null for none (the day's call) or one that is not a time. */
    public LocalTime time() {
        return ShootDayInput.time(call);
    }

    /** Copies the time and notes (not the person: the editor finds them) onto a call; both have been checked. */
    public void applyTo(ShootDayCall c) {
        c.callTime = time();
        c.notes = blankToNull(notes);
    }
}
