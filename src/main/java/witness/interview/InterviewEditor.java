package witness.interview;

import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import witness.core.Film;
import witness.core.Keys;
import witness.core.Versioned;
import witness.location.Location;
import witness.person.Person;
import witness.web.FieldErrors;
import witness.web.Invalid;
import witness.web.Texts;
import witness.web.VersionRead;
import witness.web.WriteConflict;

/** Every change to an interview goes through here: validated, version-checked, and warned about. */
@ApplicationScoped
public class InterviewEditor {
    /** Paths of the interviews' own pages, which a key must not shadow. */
    private static final Set<String> RESERVED = Set.of("new");

    @Inject Event<InterviewLeaving> leaving;
    @Inject Validator validator;
    @Inject ShootDaysOf shootDays;
    @Inject ClipProxies proxies;

    public static Interview find(Film film, String key) {
        return Keys.found(Interview.byKey(film, key), "interview", key);
    }

    @Transactional
    public Interview create(Film film, InterviewInput input) {
        Interview interview = new Interview();
        interview.film = film;
        Checked checked = checked(film, interview, input);
        if (checked.made.person == null && checked.made.label == null && !checked.errors.has("person")) {
            checked.errors.add("person", "is required: choose a person of the film or write a label");
        }
        checked.errors.check();
        Predicate<String> taken = k -> RESERVED.contains(k) || Interview.byKey(film, k).isPresent();
        interview.key = Keys.fromTitle(checked.made.interviewee(), taken);
        checked.applyTo(interview, input);
        interview.persist();
        return interview;
    }

    @Transactional
    public Interview update(Film film, String key, InterviewInput input) {
        Interview interview = current(film, key, VersionRead.of(input.version));
        Checked checked = checked(film, interview, input);
        if (checked.made.person == null && checked.made.label == null && !checked.errors.has("person")) {
            checked.errors.add("label", "is required when no person is chosen");
        }
        checked.errors.check();
        checked.applyTo(interview, input);
        // Flush here, so that a concurrent change to the same version is refused as a conflict (409).
        interview.flush();
        return interview;
    }

    private InterviewDeletion preview(Interview interview) {
        InterviewLeaving preview = new InterviewLeaving(interview, true);
        leaving.fire(preview);
        return InterviewDeletion.of(preview);
    }

    /** What would go with the interview if it were deleted now. */
    @Transactional
    public InterviewDeletion deletion(Film film, String key) {
        return preview(find(film, key));
    }

    /**
     * Deletes the interview with its transcript, clips (their proxies too) and release form scan; shoot days no longer plan it. Refused
     * (409) while testimonies are taken from it. A producer can restore it from the deleted items (all but
     * the scan, whose file the history does not keep). Refused (409) too unless {@code version} is the one stored.
     */
    @Transactional
    public InterviewDeletion delete(Film film, String key, Long version) {
        Interview interview = current(film, key, version);
        InterviewDeletion deletion = preview(interview);
        if (!deletion.allowed()) {
            throw new WriteConflict(deletion.refusal());
        }
        leaving.fire(new InterviewLeaving(interview, false));
        Transcript.of(interview).ifPresent(transcript -> {
            TranscriptLine.<TranscriptLine>list("transcript", transcript).forEach(TranscriptLine::delete);
            transcript.delete();
        });
        ReleaseForm.of(interview).ifPresent(ReleaseForm::delete);
        ClipProxy.ofInterview(interview).forEach(proxies::forget);
        Clip.ofInterview(interview).forEach(Clip::delete);
        interview.delete();
        interview.flush();
        return deletion;
    }

    /** Moves the interview to another status of the pipeline; any move is allowed, some warn. */
    @Transactional
    public Interview move(Film film, String key, String statusCode) {
        Interview interview = find(film, key);
        FieldErrors errors = new FieldErrors();
        InterviewStatus status = errors.choice(InterviewStatus.class, "status", statusCode);
        if (statusCode == null || statusCode.isBlank()) {
            errors.add("status", "is required: the status to move the interview to");
        }
        errors.check();
        interview.status = status;
        interview.flush();
        return interview;
    }

    /**
     * Dates the interview on a shoot day it is on (the offer on its page); an agreed interview becomes scheduled.
     * A date it is not on is refused: the page offers only its days.
     */
    @Transactional
    public Interview dateOnDay(Film film, String key, Long version, LocalDate day) {
        Interview interview = current(film, key, version);
        if (day == null || shootDays.of(interview).stream().noneMatch(d -> d.date().equals(day))) {
            throw new Invalid("date", "must be one of the shoot days the interview is on");
        }
        interview.date = day;
        if (interview.status == InterviewStatus.AGREED || interview.status == InterviewStatus.PRE_INTERVIEWED) {
            interview.status = InterviewStatus.SCHEDULED;
        }
        interview.flush();
        return interview;
    }

    @Transactional
    public Interview addQuestion(Film film, String key, Long version, String text) {
        Interview interview = current(film, key, version);
        List<String> questions = new ArrayList<>(interview.questions);
        questions.add(question(text));
        return save(interview, questions);
    }

    @Transactional
    public Interview editQuestion(Film film, String key, int number, Long version, String text) {
        Interview interview = current(film, key, version);
        List<String> questions = new ArrayList<>(interview.questions);
        questions.set(index(interview, number), question(text));
        return save(interview, questions);
    }

    @Transactional
    public Interview deleteQuestion(Film film, String key, int number, Long version) {
        Interview interview = current(film, key, version);
        List<String> questions = new ArrayList<>(interview.questions);
        questions.remove(index(interview, number));
        return save(interview, questions);
    }

    /** Puts question {@code number} at the 1-based {@code position}; the others close up. */
    @Transactional
    public Interview moveQuestion(Film film, String key, int number, Integer position, Long version) {
        Interview interview = current(film, key, version);
        List<String> questions = new ArrayList<>(interview.questions);
        String question = questions.remove(index(interview, number));
        if (position == null || position < 1 || position > interview.questions.size()) {
            throw new Invalid("position", "must be from 1 to " + interview.questions.size());
        }
        questions.add(position - 1, question);
        return save(interview, questions);
    }

    /**
     * Stores the scan of the signed release form (replacing any earlier one). The caller has checked
     * that the writer may see personal data. With a signed-on date the release becomes signed.
     */
    @Transactional
    public ReleaseForm storeRelease(Film film, String key, String fileName, byte[] content, InterviewInput signed) {
        Interview interview = find(film, key);
        FieldErrors errors = signed.signedOnChecked(validator);
        String type = null;
        if (content == null || content.length == 0) {
            errors.add("scan", "is empty: choose the scan of the signed release form (PDF, JPEG or PNG)");
        } else if (content.length > ReleaseForm.MAX_BYTES) {
            errors.add("scan", tooBig(content.length));
        } else if ((type = ReleaseForm.typeOf(content)) == null) {
            errors.add("scan", "is not a PDF, JPEG or PNG file (its content says otherwise, whatever its name)");
        }
        errors.check();
        ReleaseForm form = ReleaseForm.of(interview).orElseGet(ReleaseForm::new);
        form.interview = interview;
        form.fileName = fileName(fileName, type);
        form.contentType = type;
        form.fileSize = content.length;
        form.content = content;
        form.uploadedAt = LocalDateTime.now().withNano(0);
        if (!form.isPersistent()) {
            form.persist();
        }
        signed.applySignedReleaseTo(interview);
        return form;
    }

    static String tooBig(long size) {
        return "is " + String.format("%.1f", size / 1024.0 / 1024.0) + " MB: a release form scan may be at most 10 MB";
    }

    private static String fileName(String name, String type) {
        String base = Texts.uploadedName(name, 200);
        if (base.isEmpty()) {
            base = "release." + switch (type) {
                case "application/pdf" -> "pdf";
                case "image/jpeg" -> "jpg";
                default -> "png";
            };
        }
        return base;
    }

    private static Interview current(Film film, String key, Long version) {
        return Versioned.current("interview", find(film, key), version);
    }

    private static Interview save(Interview interview, List<String> questions) {
        interview.questions = questions;
        interview.flush();
        return interview;
    }

    private static int index(Interview interview, int number) {
        if (number < 1 || number > interview.questions.size()) {
            throw new NotFoundException("This interview has no question " + number + ".");
        }
        return number - 1;
    }

    private static String question(String text) {
        String question = blankToNull(text);
        if (question == null) {
            throw new Invalid("question", "is required: write the question");
        }
        if (question.length() > 2000) {
            throw new Invalid("question", "is too long: at most 2000 characters");
        }
        return Texts.oneLine(question);
    }

    /** The interview an input would make of a stored one (or a new one), and every message it earns. */
    private record Checked(Interview made, FieldErrors errors) {
        void applyTo(Interview interview, InterviewInput input) {
            interview.person = made.person;
            interview.location = made.location;
            input.applyTo(interview);
        }
    }

    /**
     * The input's own messages, the person and location it names in the film, and the messages of the interview it
     * would make: checked on a copy, so that a refused input leaves the stored interview untouched.
     */
    private Checked checked(Film film, Interview stored, InterviewInput input) {
        FieldErrors errors = new FieldErrors().validate(validator, input);
        Interview made = new Interview();
        made.film = film;
        made.key = "checked";
        made.person = stored.person;
        made.label = stored.label;
        made.location = stored.location;
        made.status = stored.status;
        made.release = stored.release;
        made.topics = stored.topics;
        made.questions = stored.questions;
        if (input.person != null) {
            String personKey = blankToNull(input.person);
            made.person = personKey == null ? null : Person.byKey(film, personKey).orElse(null);
            if (personKey != null && made.person == null) {
                errors.add("person", "this film has no person '" + personKey + "'");
            }
        }
        if (input.location != null) {
            String locationKey = blankToNull(input.location);
            made.location = locationKey == null ? null : Location.byKey(film, locationKey).orElse(null);
            if (locationKey != null && made.location == null) {
                errors.add("location", "this film has no location '" + locationKey + "'");
            }
        }
        input.applyTo(made);
        input.checkTogether(made, errors);
        length(errors, "topics", String.join("\n", made.topics), 3000);
        length(errors, "questions", String.join("\n", made.questions), 15000);
        return new Checked(made, errors.validate(validator, made));
    }

    private static void length(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(field, "is too long: at most " + max + " characters");
        }
    }
}
