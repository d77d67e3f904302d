package witness.interview;

import static witness.web.Texts.plural;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.core.FilmItem;
import witness.core.Recorded;
import witness.core.SearchText;
import witness.core.SearchTextListener;
import witness.core.Searched;
import witness.core.Shown;
import witness.person.Person;
import witness.source.Source;

/** Words attributed to a person: from an interview (timecodes) or a written source (page). */
@Entity
@Audited
@Recorded(one = "testimony", namedBy = "text")
@Table(name = "testimony")
@EntityListeners(SearchTextListener.class)
public class Testimony extends FilmItem implements Searched {
    public static final String TIMECODE = "\\d{2}:[0-5]\\d:[0-5]\\d";

    @NotBlank @Size(max = 80) @Column(name = "testimony_key", nullable = false, length = 80) public String key;
    @Shown("Person") @ManyToOne(optional = false) public Person person;
    @Shown("Interview") @ManyToOne public Interview interview;
    @Shown("Timecode in") @Pattern(regexp = TIMECODE) @Size(max = 12) @Column(length = 12) public String timecodeIn;
    @Shown("Timecode out") @Pattern(regexp = TIMECODE) @Size(max = 12) @Column(length = 12) public String timecodeOut;
    /** The interview's clip the bite is cut from, with its in and out at frame precision, at the clip's rate. */
    @Shown("Clip") @ManyToOne public Clip clip;
    @Shown("Clip in") @Size(max = 11) @Column(name = "clip_in", length = 11) public String clipIn;
    @Shown("Clip out") @Size(max = 11) @Column(name = "clip_out", length = 11) public String clipOut;
    @Shown("Source") @ManyToOne public Source source;
    @Shown("Page") @Size(max = 50) @Column(length = 50) public String page;
    @Shown(value = "Text", as = Shown.As.LONG_TEXT)
    @NotBlank @Size(max = 20000) @Column(nullable = false, length = 20000) public String text;
    /** What the site search reads: its searched texts, folded ({@link Searched}). */
    @JsonIgnore @NotAudited @Size(max = SearchText.MAX) @Column(length = SearchText.MAX) public String searchText;

    /** How a footnote names it: "Vlady Kibalchich, interview, 00:12:31" or "Julian Gorkin, <source>, p. 12". */
    public String citation() {
        StringBuilder cited = new StringBuilder(person.name);
        if (interview != null) {
            cited.append(", interview");
            if (timecodeIn != null) {
                cited.append(", ").append(timecodeIn);
            }
        } else if (source != null) {
            cited.append(", ").append(source.title);
        }
        if (page != null) {
            cited.append(", p. ").append(page);
        }
        return cited.toString();
    }

    /** Where it comes from, as the testimonies page lists it. */
    public String origin() {
        if (interview != null) {
            return "interview" + (timecodeIn == null ? "" : " " + timecodeIn + (timecodeOut == null ? "" : "–" + timecodeOut));
        }
        return (source == null ? "" : source.title) + (page == null ? "" : ", p. " + page);
    }

    /** The first words, as a picker names it. */
    public String excerpt() {
        String t = text.strip();
        return t.length() > 70 ? t.substring(0, 70) + "…" : t;
    }

    /** The running time of an interview bite from its timecodes, in seconds; null when they do not say. */
    public Integer seconds() {
        Long frames = frames();
        if (frames == null) {
            return Timecode.secondsBetween(timecodeIn, timecodeOut);
        }
        return (int) Math.round(SmpteTimecode.seconds(frames, clip.rate));
    }

    /** The frames of the bite as cut from its clip; null when it is not cut (no clip, in or out). */
    public Long frames() {
        if (clip == null || clipIn == null || clipOut == null) {
            return null;
        }
        try {
            return SmpteTimecode.parse(clipIn, clip.rate).framesUntil(SmpteTimecode.parse(clipOut, clip.rate));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "A001_C003 10:01:10:00–10:01:15:10": where the bite is cut, or null when it is not. */
    public String cut() {
        return frames() == null ? null : clip.reel + " " + clipIn + "\u2013" + clipOut;
    }

    /** The testimony's page, "/films/{slug}/testimonies/{key}": a row links to it without looking the film up. */
    public String path() {
        return "/films/" + film.slug + "/testimonies/" + key;
    }

    /** Why what these testimonies are taken from cannot be deleted: "2 testimonies are taken from it (a, b): …". */
    public static String takenFrom(List<Testimony> testimonies) {
        return plural(testimonies.size(), "testimony is", "testimonies are") + " taken from it ("
                + String.join(", ", testimonies.stream().map(t -> t.key).toList())
                + "): they would lose where they come from.";
    }

    @Override
    public String foldedText() {
        return SearchText.of(text);
    }
}
