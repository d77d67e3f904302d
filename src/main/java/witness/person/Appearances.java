package witness.person;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a person appears in the film beyond their own details, as their page lists it: their interviews, their
 * testimonies and the scenes that show them or quote them. The features that name people fill it (a
 * {@link Finder} bean), so that this package names none of them.
 */
public record Appearances(List<InterviewLine> interviews, List<Quote> testimonies, List<SceneLine> scenes) {

    /** Finds a person's appearances, in a fixed number of queries whatever the size of the film. */
    public interface Finder {
        Appearances of(Person person);
    }

    /** An interview with the person: its key and status (label), when, where and in which language. */
    public record InterviewLine(String key, String interviewee, String status, LocalDate date, String place,
            String language) {
    }

    /** A testimony by the person: its key, words (shortened) and where they come from. */
    public record Quote(String key, String excerpt, String origin) {
    }

    /** A scene the person appears in: by the numbers of the shots that show them, or by their testimonies in it. */
    public record SceneLine(String key, String number, String title, List<String> shots, List<String> testimonies) {
    }
}
