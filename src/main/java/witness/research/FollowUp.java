package witness.research;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Something a research log entry leaves to do. */
@Embeddable
public class FollowUp {
    @NotBlank @Size(max = 2000) @Column(name = "follow_up_text", nullable = false, length = 2000) public String text;
    public boolean done;

    public FollowUp() {
    }

    public FollowUp(String text, boolean done) {
        this.text = text;
        this.done = done;
    }
}
