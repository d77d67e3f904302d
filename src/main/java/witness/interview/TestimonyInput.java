package witness.interview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Filed;
import witness.core.FiledKey;
import witness.web.VersionRead;

/**
 * A testimony as the testimonies page's form posts it and the dossier's testimonies.yaml holds it: who says it,
 * where it comes from (an interview with its timecodes, or a written source with its page), and the words; with the
 * words typed in the sources' search box.
 */
@JsonPropertyOrder({ "key", "person", "source", "page", "interview", "timecodeIn", "timecodeOut", "clip", "clipIn",
        "clipOut", "text" })
public class TestimonyInput {
    /** In a dossier file; a form's new testimony has its key made from its person and words. */
    @FiledKey(groups = Filed.class) public String key;
    @RestForm @NotBlank(groups = Filed.class) public String person;
    @RestForm public String interview;
    @RestForm
    @Pattern(regexp = Testimony.TIMECODE, message = "must be a timecode HH:MM:SS", groups = Filed.class)
    public String timecodeIn;
    @RestForm
    @Pattern(regexp = Testimony.TIMECODE, message = "must be a timecode HH:MM:SS", groups = Filed.class)
    public String timecodeOut;
    /** The key of the interview's clip it is cut from, and its in and out there (HH:MM:SS:FF at the clip's rate). */
    @RestForm public String clip;
    @RestForm public String clipIn;
    @RestForm public String clipOut;
    @RestForm public String source;
    @RestForm public String page;
    @RestForm @NotBlank(groups = Filed.class) public String text;
    /** The version read, on an edit (the testimony's page). */
    @RestForm @Null(groups = Filed.class, message = "is not part of a dossier") public VersionRead version;
    /** The words of the sources' search box (SourceChoices.FIND). */
    @RestForm @Null(groups = Filed.class, message = "is not part of a dossier") public String findSource;

    /** The testimony as its form shows it and a dossier file holds it: with the keys of who says it, where from, its clip. */
    public static TestimonyInput of(Testimony testimony) {
        TestimonyInput input = new TestimonyInput();
        input.key = testimony.key;
        input.person = testimony.person.key;
        input.source = testimony.source == null ? null : testimony.source.key;
        input.page = testimony.page;
        input.interview = testimony.interview == null ? null : testimony.interview.key;
        input.timecodeIn = testimony.timecodeIn;
        input.timecodeOut = testimony.timecodeOut;
        input.clip = testimony.clip == null ? null : testimony.clip.key;
        input.clipIn = testimony.clipIn;
        input.clipOut = testimony.clipOut;
        input.text = testimony.text;
        return input;
    }

    /** Copies the testimony's own fields as written onto a testimony (who says it and where from are found by key). */
    public void applyTo(Testimony testimony) {
        testimony.page = page;
        testimony.timecodeIn = timecodeIn;
        testimony.timecodeOut = timecodeOut;
        testimony.text = text;
    }
}
