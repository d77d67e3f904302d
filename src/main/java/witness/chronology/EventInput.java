package witness.chronology;

import static witness.web.Texts.blankToNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Null;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.core.FiledKey;
import witness.web.Inputs;
import witness.web.Readable;
import witness.web.VersionRead;

/**
 * A chronology event as its form posts it: the date written 1947-11-17, 1947-11 or 1947 (its precision follows from
 * how it is written), place, description, and the keys of the film's people, sources and of the scenes that cover
 * the event.
 */
@JsonPropertyOrder({ "key", "date", "place", "description", "people", "sources", "scenes", "version" })
public class EventInput {
    /** In a dossier file; a form's new event has its key made from its date and words. */
    @FiledKey(groups = Filed.class) public String key;
    @RestForm
    @NotBlank(message = "is required: write 1947-11-17, 1947-11 or 1947") @Readable(Written.class) public String date;
    @RestForm public String place;
    @RestForm public String description;
    @RestForm("person") public List<String> people;
    @RestForm("source") public List<String> sources;
    @RestForm("scene")
    @Null(groups = Filed.class, message = "is not part of a chronology file: a scene lists the events it covers")
    public List<String> scenes;
    @RestForm @Null(groups = Filed.class, message = "is not part of a dossier") public VersionRead version;

    /** The event as a dossier file holds it: with the keys of what it links to, in order. */
    public static EventInput of(ChronologyEvent event) {
        EventInput input = new EventInput();
        input.key = event.key;
        input.date = event.when().iso();
        input.place = event.place;
        input.description = event.description;
        input.people = event.people.stream().map(p -> p.key).sorted().toList();
        input.sources = event.sources.stream().map(s -> s.key).sorted().toList();
        return input;
    }

    /** The event as its form shows it: with the scenes that cover it and its version. */
    public static EventInput of(ChronologyEvent event, List<String> coveringScenes) {
        EventInput input = of(event);
        input.scenes = coveringScenes;
        input.version = VersionRead.of(event.version);
        return input;
    }

    /** Copies the event's own fields onto an event (its links are the editor's to find). */
    public void applyTo(ChronologyEvent event) {
        PartialDate when = when();
        event.date = when == null ? null : when.date();
        event.precision = when == null ? DatePrecision.DAY : when.precision();
        event.place = blankToNull(place);
        event.description = blankToNull(description);
    }

    private PartialDate when() {
        try {
            return date == null || date.isBlank() ? null : PartialDate.parse(date.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date as a chronology writes it: 1947-11-17, 1947-11 or 1947. */
    public static final class Written implements Readable.Reading {
        @Override
        public String problem(String text) {
            try {
                PartialDate.parse(text.strip());
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
    }
}
