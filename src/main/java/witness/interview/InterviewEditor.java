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
import witness.location.Location;
import witness.person.Person;
import witness.web.FieldErrors;
import witness.web.Invalid;
import witness.web.WriteConflict;

/** Every change to an interview goes through here: validated, version-checked, and warned about. */
@ApplicationScoped
public class InterviewEditor {
    /** Paths of the interviews' own pages, which a key must not shadow. */
    private static final Set<String> RESERVED = Set.of("new");

    @Inject
    Event<InterviewLeaving> leaving;
    @Inject
    Validator validator;

    public static Interview find(Film film, String key) {
        return Interview.byKey(film, key)
                .orElseThrow(() -> new NotFoundException("This film has no interview '" + key + "'."));
    }

    @Transactional
    public Interview create(Film film, InterviewInput input, FieldErrors errors) {
        Interview interview = new Interview();
        interview.film = film;
        apply(film, interview, input, errors);
        if (interview.person == null && interview.label == null && !errors.has("person")) {
            errors.add("person", "is required: choose a person of the film or write a label");
        }
        Predicate<String> taken = k -> RESERVED.contains(k) || Interview.byKey(film, k).isPresent();
        interview.key = Keys.fromTitle(interview.person != null ? interview.person.name : interview.label, taken);
        errors.validate(validator, interview).check();
        interview.persist();
        return interview;
    }

    @Transactional
    public Interview update(Film film, String key, InterviewInput input, FieldErrors errors) {
        Interview interview = find(film, key);
        WriteConflict.unlessCurrent("interview", interview.version, input.version());
        apply(film, interview, input, errors);
        if (interview.person == null && interview.label == null && !errors.has("person")) {
            errors.add("label", "is required when no person is chosen");
        }
        errors.validate(validator, interview).check();
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
     * Deletes the interview with its transcript and release form scan; shoot days no longer plan it. Refused
     * (409) while testimonies are taken from it. A producer can restore it from the deleted items (all but
     * the scan, whose file the history does not keep). Refused (409) too unless {@code version} is the one stored.
     */
    @Transactional
    public InterviewDeletion delete(Film film, String key, Long version) {
        Interview interview = find(film, key);
        WriteConflict.unlessCurrent("interview", interview.version, version);
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
    public ReleaseForm storeRelease(Film film, String key, String fileName, byte[] content, String signedOn) {
        Interview interview = find(film, key);
        FieldErrors errors = new FieldErrors();
        LocalDate signed = date(errors, "releaseSignedOn", signedOn);
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
        if (signed != null) {
            interview.release = ReleaseStatus.SIGNED;
            interview.releaseSignedOn = signed;
        }
        return form;
    }

    static String tooBig(long size) {
        return "is " + String.format("%.1f", size / 1024.0 / 1024.0) + " MB: a release form scan may be at most 10 MB";
    }

    private static String fileName(String name, String type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.length() > 200) {
            base = base.substring(base.length() - 200);
        }
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
        Interview interview = find(film, key);
        WriteConflict.unlessCurrent("interview", interview.version, version);
        return interview;
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
        return question.replaceAll("\\s*\\R\\s*", " ");
    }

    private void apply(Film film, Interview interview, InterviewInput input, FieldErrors errors) {
        if (input.person() != null) {
            String personKey = blankToNull(input.person());
            interview.person = personKey == null ? null : Person.byKey(film, personKey).orElse(null);
            if (personKey != null && interview.person == null) {
                errors.add("person", "this film has no person '" + personKey + "'");
            }
        }
        if (input.label() != null || input.person() != null) {
            interview.label = blankToNull(input.label());
        }
        InterviewStatus status = errors.choice(InterviewStatus.class, "status", input.status());
        if (status != null) {
            interview.status = status;
        }
        interview.language = blankToNull(input.language());
        interview.interpreter = blankToNull(input.interpreter());
        interview.place = blankToNull(input.place());
        if (input.location() != null) {
            String locationKey = blankToNull(input.location());
            interview.location = locationKey == null ? null : Location.byKey(film, locationKey).orElse(null);
            if (locationKey != null && interview.location == null) {
                errors.add("location", "this film has no location '" + locationKey + "'");
            }
        }
        interview.date = date(errors, "date", input.date());
        if (input.topics() != null) {
            interview.topics = lines(input.topics());
        }
        if (input.questions() != null) {
            interview.questions = lines(input.questions());
        }
        ReleaseStatus release = errors.choice(ReleaseStatus.class, "release", input.release());
        if (release != null) {
            interview.release = release;
        }
        interview.releaseSignedOn = date(errors, "releaseSignedOn", input.releaseSignedOn());
        if (interview.releaseSignedOn != null && interview.release != ReleaseStatus.SIGNED) {
            errors.add("releaseSignedOn", "is only for a signed release: set the release to signed, or leave it empty");
        }
        interview.fee = fee(errors, input.fee());
        interview.notes = blankToNull(input.notes());
        length(errors, "label", interview.label, 200);
        length(errors, "language", interview.language, 100);
        length(errors, "interpreter", interview.interpreter, 200);
        length(errors, "place", interview.place, 200);
        length(errors, "notes", interview.notes, 4000);
        length(errors, "topics", String.join("\n", interview.topics), 3000);
        length(errors, "questions", String.join("\n", interview.questions), 15000);
    }

    private static void length(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(field, "is too long: at most " + max + " characters");
        }
    }

    private static List<String> lines(List<String> values) {
        return new ArrayList<>(values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().replaceAll("\\s*\\R\\s*", " ")).toList());
    }

    static LocalDate date(FieldErrors errors, String field, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date like 1990-06-14, not '" + value + "'");
            return null;
        }
    }

    private static BigDecimal fee(FieldErrors errors, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal fee = new BigDecimal(value.replace(",", ""));
            if (fee.signum() < 0) {
                errors.add("fee", "must be 0 or more");
                return null;
            }
            if (fee.scale() > 2 || fee.precision() - fee.scale() > 10) {
                errors.add("fee", "must be an amount with at most 10 digits and 2 decimals, like 150.00");
                return null;
            }
            return fee;
        } catch (NumberFormatException e) {
            errors.add("fee", "must be an amount like 150.00, not '" + value + "'");
            return null;
        }
    }
}
