package witness.interview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.location.Location;
import witness.web.Form;
import witness.web.Forms;

/** The forms of the interview pages, each filled with what is stored or, if just refused, what was entered. */
public record InterviewForms(Forms forms) {
    static final String NEW = "new-interview";
    static final String EDIT = "edit-interview";
    static final String NEW_QUESTION = "new-question";
    static final String RELEASE = "release-scan";
    static final List<String> NEW_FIELDS = List.of("person", "label", "status", "language", "place", "date");
    static final List<String> FIELDS = List.of("person", "label", "status", "language", "interpreter", "place", "location",
            "date", "topics", "release", "releaseSignedOn", "fee", "notes");
    static final List<String> QUESTION_FIELDS = List.of("question");
    static final List<String> RELEASE_FIELDS = List.of("scan", "releaseSignedOn");

    public List<InterviewStatus> statuses() {
        return List.of(InterviewStatus.values());
    }

    /** The film's locations, for the interview's location select. */
    public List<Location> locations(Film film) {
        return Location.ofFilm(film);
    }

    public List<ReleaseStatus> releases() {
        return List.of(ReleaseStatus.values());
    }

    public static InterviewForms none() {
        return new InterviewForms(Forms.none());
    }

    public static InterviewForms refused(String formId, Map<String, String> submitted, Map<String, String> errors) {
        return new InterviewForms(Forms.refused(formId, submitted, errors));
    }

    static String questionId(int number) {
        return "question-" + number;
    }

    public Form newInterview() {
        return forms.form(NEW, Map.of("status", InterviewStatus.IDENTIFIED.code()), NEW_FIELDS);
    }

    public Form interview(Interview interview) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("person", interview.person == null ? null : interview.person.key);
        stored.put("label", interview.label);
        stored.put("status", interview.status.code());
        stored.put("language", interview.language);
        stored.put("interpreter", interview.interpreter);
        stored.put("place", interview.place);
        stored.put("location", interview.location == null ? null : interview.location.key);
        stored.put("date", interview.date);
        stored.put("topics", String.join("\n", interview.topics));
        stored.put("release", interview.release.code());
        stored.put("releaseSignedOn", interview.releaseSignedOn);
        stored.put("fee", interview.fee == null ? null : interview.fee.toPlainString());
        stored.put("notes", interview.notes);
        stored.put("version", interview.version);
        return forms.form(EDIT, stored, FIELDS);
    }

    /** Question {@code number} (1-based) as its edit form shows it. */
    public Form question(Interview interview, int number) {
        return forms.form(questionId(number), Map.of("question", interview.questions.get(number - 1)), QUESTION_FIELDS);
    }

    public Form newQuestion() {
        return forms.form(NEW_QUESTION, Map.of(), QUESTION_FIELDS);
    }

    public Form release(Interview interview) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("releaseSignedOn", interview.releaseSignedOn);
        return forms.form(RELEASE, stored, RELEASE_FIELDS);
    }
}
