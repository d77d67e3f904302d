package witness.interview;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import witness.core.Film;
import witness.location.Location;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.ConfigProvider;
import witness.web.Form;
import witness.web.Formats;
import witness.web.Forms;
import witness.web.Inputs;

/** The forms of the interview pages, each filled with what is stored or, if just refused, what was entered. */
public record InterviewForms(Forms forms) {
    static final String NEW = "new-interview";
    static final String EDIT = "edit-interview";
    static final String NEW_QUESTION = "new-question";
    static final String RELEASE = "release-scan";
    static final String NEW_CLIP = "new-clip";
    static final List<String> CLIP_FIELDS = List.of("reel", "fileName", "start", "rate", "duration", "picture");
    static final List<String> NEW_FIELDS = List.of("person", "label", "status", "language", "place", "date");
    static final List<String> FIELDS = Inputs.fields(InterviewInput.class, "version");
    static final List<String> QUESTION_FIELDS = List.of("question");
    /** The scan, and the date it was signed on: the only field of the input its form has. */
    static final List<String> RELEASE_FIELDS = Stream.concat(Stream.of("scan"),
            Inputs.fields(InterviewInput.class, "version").stream()).toList();

    public List<InterviewStatus> statuses() {
        return List.of(InterviewStatus.values());
    }

    /** The film's locations, for the interview's location select. */
    public List<Location> locations(Film film) {
        return Location.ofFilm(film);
    }

    /** The interview's rushes, by start. */
    public List<Clip> clips(Interview interview) {
        return Clip.ofInterview(interview);
    }

    /** The proxies of the interview's clips, by clip key. */
    public Map<String, ClipProxy> proxies(Interview interview) {
        return ClipProxy.ofInterview(interview).stream().collect(Collectors.toMap(p -> p.clip.key, p -> p));
    }

    /** The form that uploads a clip's proxy: its file field alone. */
    public Form proxy(String clip) {
        return forms.form(proxyForm(clip), Map.of(), List.of(ClipProxies.FIELD));
    }

    /** The largest proxy taken, as the form says it: "500.0 MB". */
    public String maxProxy() {
        return Formats.bytes(ConfigProvider.getConfig().getValue("witness.proxies.max-size", MemorySize.class)
                .asLongValue());
    }

    static String proxyForm(String clip) {
        return "proxy-" + clip;
    }

    public List<FrameRate> rates() {
        return List.of(FrameRate.values());
    }

    /** A new clip's form: 25 fps and picture unless the writer says otherwise. */
    public Form newClip() {
        return forms.form(NEW_CLIP, Map.of("rate", FrameRate.FPS_25.code(), "picture", "true"), CLIP_FIELDS);
    }

    public List<ReleaseStatus> releases() {
        return List.of(ReleaseStatus.values());
    }

    public static InterviewForms none() {
        return new InterviewForms(Forms.none());
    }

    /** A form of a file field alone (a proxy) just refused: nothing entered to show again, only its message. */
    static InterviewForms refusedFile(String formId, Map<String, String> errors) {
        return new InterviewForms(Forms.refused(formId, Map.<String, String>of(), errors));
    }

    public static InterviewForms refused(String formId, Object input, Map<String, String> errors) {
        return new InterviewForms(Forms.refused(formId, input, errors));
    }

    static String questionId(int number) {
        return "question-" + number;
    }

    public Form newInterview() {
        return forms.form(NEW, Map.of("status", InterviewStatus.IDENTIFIED.code()), NEW_FIELDS);
    }

    public Form interview(Interview interview) {
        return forms.filled(EDIT, InterviewInput.of(interview), interview.version, FIELDS);
    }

    /** Question {@code number} (1-based) as its edit form shows it. */
    public Form question(Interview interview, int number) {
        return forms.form(questionId(number), Map.of("question", interview.questions.get(number - 1)), QUESTION_FIELDS);
    }

    public Form newQuestion() {
        return forms.form(NEW_QUESTION, Map.of(), QUESTION_FIELDS);
    }

    public Form release(Interview interview) {
        return forms.filled(RELEASE, InterviewInput.of(interview), RELEASE_FIELDS);
    }
}
