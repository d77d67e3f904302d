package witness.interview;

import org.jboss.resteasy.reactive.RestForm;
import witness.web.Move;
import witness.web.VersionRead;

/** A question of an interview as its forms post it: its words, or the place to move it to; and the version read. */
public class QuestionInput extends Move {
    @RestForm public String question;
    @RestForm public VersionRead version;
}
