package witness.schedule;

import static witness.web.Texts.blankToNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.web.IsoDate;
import witness.web.Readable;
import witness.web.VersionRead;

/**
 * A shoot day as its form posts it: times are HH:MM, location is a key; who is called is the day page's other forms'
 * ({@link CallInput}). A schedule's dossier file holds its days as these, with the times as clock times, the calls
 * and the keys of what is planned.
 */
@JsonPropertyOrder({ "date", "location", "call", "wrap", "travel", "notes", "calls", "interviews", "shots" })
public class ShootDayInput {
    @RestForm @NotBlank(message = "is required") @Readable(IsoDate.class) public String date;
    @RestForm public String location;
    @RestForm
    @JsonSerialize(converter = ClockTime.Written.class)
    @JsonDeserialize(converter = ClockTime.Read.class) @Readable(ClockTime.class) public String call;
    @RestForm
    @JsonSerialize(converter = ClockTime.Written.class)
    @JsonDeserialize(converter = ClockTime.Read.class) @Readable(ClockTime.class) public String wrap;
    @RestForm public String travel;
    @RestForm public String notes;
    /** In a dossier file: who is called. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY) public List<@Valid @NotNull CallInput> calls;
    /**
     * In a dossier file written before calls: the crew, one name or job an item. Read, never written: the import
     * calls whom the lines name and keeps the rest in the day's notes, as the migration to calls did.
     */
    @JsonProperty(value = "crew", access = JsonProperty.Access.WRITE_ONLY) public List<String> crew;
    /** In a dossier file: the keys of the interviews planned, in order. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY) public List<String> interviews;
    /** In a dossier file: the keys of the shots planned, in order. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY) public List<String> shots;
    @RestForm @Null(groups = Filed.class, message = "is not part of a dossier") public VersionRead version;

    /** The day as stored. */
    static ShootDayInput of(ShootDay d) {
        ShootDayInput input = new ShootDayInput();
        input.date = d.date.toString();
        input.location = d.location == null ? null : d.location.key;
        input.call = d.callTime == null ? null : hhmm(d.callTime);
        input.wrap = d.wrapTime == null ? null : hhmm(d.wrapTime);
        input.travel = d.travel;
        input.notes = d.notes;
        input.version = VersionRead.of(d.version);
        return input;
    }

    /** The day as a dossier file holds it: with the keys of what is planned, without its version. */
    public static ShootDayInput filed(ShootDay d) {
        ShootDayInput input = of(d);
        input.call = d.callTime == null ? null : d.callTime.toString();
        input.wrap = d.wrapTime == null ? null : d.wrapTime.toString();
        input.version = null;
        input.interviews = d.interviews.stream().map(i -> i.key).toList();
        input.shots = d.shots.stream().map(x -> x.key).toList();
        input.calls = d.called().stream().map(CallInput::filed).toList();
        return input;
    }

    /** Copies the day's own fields onto a day (its location is the editor's to find); all have been checked. */
    public void applyTo(ShootDay day) {
        day.date = IsoDate.parse(date);
        day.callTime = time(call);
        day.wrapTime = time(wrap);
        day.travel = blankToNull(travel);
        day.notes = blankToNull(notes);
    }

    static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** 8:30, 08:30 or 08:30:00 as a time; null for nothing or what is not one. */
    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            return null;
        }
        try {
            return LocalTime.parse(t.length() == 4 || t.length() == 7 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A time of day as a call sheet writes it, 08:30. */
    public static final class ClockTime implements Readable.Reading {
        @Override
        public String problem(String text) {
            return time(text) == null ? "'" + text + "' is not a time like 08:30" : null;
        }

        /** A time as a dossier file writes it: a clock time (08:30:00). */
        public static final class Written extends StdConverter<String, LocalTime> {
            @Override
            public LocalTime convert(String text) {
                return time(text);
            }
        }

        /** A dossier file's clock time as the form's text. */
        public static final class Read extends StdConverter<LocalTime, String> {
            @Override
            public String convert(LocalTime time) {
                return time == null ? null : time.toString();
            }
        }
    }
}
