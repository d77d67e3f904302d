package witness.interview;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.core.SearchText;
import witness.core.SearchTextListener;
import witness.core.Searched;

/** One cue or timecoded paragraph of a transcript. */
@Entity
@Audited
@Table(name = "transcript_line")
@EntityListeners(SearchTextListener.class)
public class TranscriptLine extends PanacheEntity implements Searched {
    /** The longest speaker and text a line can hold; the parser refuses longer ones by line. */
    public static final int SPEAKER_LENGTH = 200, TEXT_LENGTH = 20_000;

    @ManyToOne(optional = false) public Transcript transcript;
    /** 1-based place in the transcript. */
    public int position;
    public long startMillis;
    /** When the cue says where it ends (SRT, WebVTT); timecoded text only says where the next one starts. */
    public Long endMillis;
    @Size(max = 200) @Column(length = SPEAKER_LENGTH) public String speaker;
    @Size(max = 20000) @Column(nullable = false, length = TEXT_LENGTH) public String text;
    /** What the site search reads: its searched texts, folded ({@link Searched}). */
    @JsonIgnore @NotAudited @Size(max = SearchText.MAX) @Column(length = SearchText.MAX) public String searchText;

    public Timecode start() {
        return new Timecode(startMillis);
    }

    public Timecode end() {
        return endMillis == null ? null : new Timecode(endMillis);
    }

    @Override
    public String foldedText() {
        return SearchText.of(text, speaker);
    }
}
