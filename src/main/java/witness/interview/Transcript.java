package witness.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import witness.core.Recorded;
import witness.core.Shown;
import witness.core.Versioned;

/** What was said in an interview, line by line with its timecodes: imported from a text, SRT or WebVTT file. */
@Entity
@Audited
@Recorded(one = "transcript", namedBy = "fileName")
@Table(name = "transcript")
public class Transcript extends Versioned {
    @OneToOne(optional = false) public Interview interview;
    /** plain, srt or vtt: the format it was imported from. */
    @Shown("Format") @NotBlank @Size(max = 10) @Column(nullable = false, length = 10) public String format;
    @Shown("File") @Size(max = 300) @Column(length = 300) public String fileName;
    /** The clip the times are into: its 00:00:00 is the clip's start. */
    @Shown("Times into clip") @ManyToOne public Clip clip;

    public static Optional<Transcript> of(Interview interview) {
        return find("interview", interview).firstResultOptional();
    }

    /** The clip the times are into: the one named, else the interview's only clip; null when neither. */
    public Clip timesInto() {
        if (clip != null) {
            return clip;
        }
        List<Clip> clips = Clip.ofInterview(interview);
        return clips.size() == 1 ? clips.get(0) : null;
    }

    public List<TranscriptLine> lines() {
        return TranscriptLine.list("transcript = ?1 order by position", this);
    }
}
