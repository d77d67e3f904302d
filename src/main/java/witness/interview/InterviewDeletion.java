package witness.interview;

import static witness.web.Texts.capitalized;
import static witness.web.Texts.plural;

import java.util.ArrayList;
import java.util.List;

/** What goes with an interview when it is deleted, said before anyone confirms; or why it cannot be. */
public record InterviewDeletion(String interviewee, long transcriptLines, boolean releaseScan, long proxies,
        long shootDays, List<Testimony> testimonies) {

    static InterviewDeletion of(InterviewLeaving leaving) {
        Interview interview = leaving.interview;
        return new InterviewDeletion(interview.interviewee(),
                TranscriptLine.count("transcript.interview", interview),
                ReleaseForm.count("interview", interview) > 0,
                ClipProxy.count("clip.interview", interview),
                leaving.shootDays(),
                Testimony.list("from Testimony t join fetch t.person where t.interview = ?1 order by t.key", interview));
    }

    public boolean allowed() {
        return testimonies.isEmpty();
    }

    /** "Its transcript (120 lines) is deleted with it; 1 shoot day no longer plans it; …" — only what there is. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (transcriptLines > 0) {
            parts.add("its transcript (" + plural(transcriptLines, "line", "lines") + ") is deleted with it");
        }
        if (shootDays > 0) {
            parts.add(plural(shootDays, "shoot day no longer plans", "shoot days no longer plan") + " it");
        }
        if (releaseScan) {
            parts.add("the scan of its release form is deleted for good: the history keeps no files");
        }
        if (proxies > 0) {
            parts.add((proxies == 1 ? "the proxy of its clip is" : "the proxies of its " + proxies + " clips are")
                    + " deleted for good");
        }
        return parts.isEmpty() ? "Nothing else goes with it." : capitalized(String.join("; ", parts)) + ".";
    }

    /** Why the interview cannot be deleted now. */
    public String refusal() {
        return "The interview with " + interviewee + " cannot be deleted while " + Testimony.takenFrom(testimonies)
                + " Delete them first.";
    }
}
