package witness.interview;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A testimony as the testimonies page's form posts it: who says it, where it comes from (an interview with its
 * timecodes, or a written source with its page), and the words; with the words typed in the sources' search box.
 */
public class TestimonyInput {
    @RestForm
    public String person;
    @RestForm
    public String interview;
    @RestForm
    public String timecodeIn;
    @RestForm
    public String timecodeOut;
    @RestForm
    public String source;
    @RestForm
    public String page;
    @RestForm
    public String text;
    /** The words of the sources' search box (SourceChoices.FIND). */
    @RestForm
    public String findSource;
}
