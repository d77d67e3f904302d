package witness.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One cue or timecoded paragraph of a transcript. */
@Entity
@Audited
@Table(name = "transcript_line")
public class TranscriptLine extends PanacheEntity {
    @ManyToOne(optional = false)
    public Transcript transcript;
    /** 1-based place in the transcript. */
    public int position;
    public long startMillis;
    /** When the cue says where it ends (SRT, WebVTT); timecoded text only says where the next one starts. */
    public Long endMillis;
    @Column(length = 200)
    public String speaker;
    @Column(nullable = false, length = 20000)
    public String text;

    public Timecode start() {
        return new Timecode(startMillis);
    }

    public Timecode end() {
        return endMillis == null ? null : new Timecode(endMillis);
    }
}
