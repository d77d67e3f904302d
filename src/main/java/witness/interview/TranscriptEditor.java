package witness.interview;

import static witness.core.Versioned.current;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import witness.core.Film;
import witness.core.Keys;
import witness.person.Person;
import witness.source.Source;
import witness.web.FieldErrors;
import witness.web.Invalid;
import witness.web.Texts;

/**
 * Every write of transcripts and testimonies: a transcript replaced whole in one transaction once it
 * has been read without fault, and testimonies made from a passage or from a written source.
 */
@ApplicationScoped
public class TranscriptEditor {
    @Inject Validator validator;
    @Inject Event<TestimonyLeaving> leaving;

    /** What a testimony form sends, as text: each field is checked and named when at fault. */
    public static Interview interview(Film film, String key) {
        return Interview.<Interview>find("film = ?1 and key = ?2", film, key).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("This film has no interview '" + key + "'."));
    }

    /**
     * Replaces the interview's transcript with the lines read, their times into the clip named (empty: none named;
     * null: the clip named before); returns how many lines there are now.
     */
    @Transactional
    public int replace(Film film, String interviewKey, TranscriptParser.Parsed parsed, String fileName, String clip) {
        Interview interview = interview(film, interviewKey);
        Clip timesInto = clipOf(interview, clip);
        Transcript transcript = Transcript.of(interview).orElseGet(() -> {
            Transcript t = new Transcript();
            t.interview = interview;
            return t;
        });
        transcript.format = parsed.format().code();
        transcript.clip = clip == null ? transcript.clip : timesInto;
        transcript.fileName = fileName == null || fileName.isBlank() ? null : Texts.lastOf(fileName.strip(), 300);
        if (transcript.isPersistent()) {
            // Line by line, not in bulk, so that the audit history records them.
            TranscriptLine.<TranscriptLine>list("transcript", transcript).forEach(TranscriptLine::delete);
            TranscriptLine.flush();
        } else {
            transcript.persist();
        }
        int position = 0;
        for (TranscriptParser.Line read : parsed.lines()) {
            TranscriptLine line = new TranscriptLine();
            line.transcript = transcript;
            line.position = ++position;
            line.startMillis = read.startMillis();
            line.endMillis = read.endMillis();
            line.speaker = read.speaker();
            line.text = read.text();
            line.persist();
        }
        return position;
    }

    /** Says which clip the transcript's times are into (empty: none named, the interview's only clip if one). */
    @Transactional
    public Transcript timesInto(Film film, String interviewKey, String clip) {
        Interview interview = interview(film, interviewKey);
        Transcript transcript = Transcript.of(interview)
                .orElseThrow(() -> new Invalid("clip", "this interview has no transcript yet: import one first"));
        transcript.clip = clipOf(interview, clip);
        return transcript;
    }

    /** The interview's clip of the key; null for none; refused by the field {@code clip} for a key it lacks. */
    private static Clip clipOf(Interview interview, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return Clip.byKey(interview.film, key.strip()).filter(c -> c.interview.equals(interview)).orElseThrow(
                () -> new Invalid("clip", "is not a clip of this interview: '" + key.strip() + "'"));
    }

    /** Where a passage is cut from the rushes: a clip's key and its in and out, each empty for none. */
    public record Cut(String clip, String in, String out) {
    }

    /**
     * A testimony of the interviewee from the lines {@code first} to {@code last} of the transcript: their
     * text joined, in at the first line's start, out at the last line's end (rounded up to the second) or,
     * when the transcript does not say, at the next line's start. Lines of another voice (the interviewer, an
     * interpreter) are left out, or, when {@code questions}, kept marked: "[Q: Where did you live?]". Cut from the
     * clip given at its in and out (as {@link BiteCut} does), when a clip is given.
     */
    @Transactional
    public Testimony fromPassage(Film film, String interviewKey, Integer first, Integer last, boolean questions,
            Cut cut) {
        Interview interview = interview(film, interviewKey);
        Transcript transcript = Transcript.of(interview)
                .orElseThrow(() -> new Invalid("first", "this interview has no transcript yet: import one first"));
        List<TranscriptLine> lines = transcript.lines();
        FieldErrors errors = new FieldErrors();
        if (first == null) {
            errors.add("first", "is required: the line the passage starts with");
        } else if (first < 1 || first > lines.size()) {
            errors.add("first", "must be a line of the transcript, 1 to " + lines.size());
        }
        if (last == null) {
            last = first;
        } else if (last < 1 || last > lines.size()) {
            errors.add("last", "must be a line of the transcript, 1 to " + lines.size());
        }
        if (!errors.has("first") && !errors.has("last") && last < first) {
            errors.add("last", "must not come before the first line of the passage");
        }
        if (interview.person == null) {
            errors.add("person", "the interview names no person yet: say who is interviewed before quoting them");
        }
        errors.check();
        List<TranscriptLine> passage = lines.subList(first - 1, last);
        TranscriptLine end = passage.get(passage.size() - 1);
        Testimony t = new Testimony();
        t.film = film;
        t.person = interview.person;
        t.interview = interview;
        List<String> words = passage.stream().filter(l -> questions || interviewee(interview.person, l))
                .map(l -> interviewee(interview.person, l) ? l.text : "[Q: " + l.text + "]").toList();
        if (words.stream().noneMatch(w -> !w.startsWith("[Q: "))) {
            throw new Invalid("first", "the passage holds no line of " + interview.person.name
                    + ": choose lines they speak");
        }
        t.text = String.join(" ", words);
        t.timecodeIn = passage.get(0).start().format();
        if (end.endMillis != null) {
            t.timecodeOut = end.end().formatUp();
        } else if (last < lines.size()) {
            t.timecodeOut = lines.get(last).start().format();
        }
        t.key = Keys.fromTitle(interviewKey + " " + t.timecodeIn, taken(film));
        BiteCut.cut(film, t, cut.clip(), cut.in(), cut.out(), errors);
        errors.validate(validator, t).check();
        t.persist();
        return t;
    }

    /**
     * Whether a line is the interviewee's: a line with no speaker, or whose speaker is one of the words of their
     * name or other names ("VLADY", "Kibalchich"); any other voice is the interviewer's or an interpreter's.
     */
    static boolean interviewee(Person person, TranscriptLine line) {
        if (line.speaker == null || line.speaker.isBlank()) {
            return true;
        }
        String speaker = line.speaker.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>(person.otherNames);
        names.add(person.name);
        return names.stream().flatMap(n -> Arrays.stream(n.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                .filter(w -> w.length() >= 3).anyMatch(w -> Arrays.asList(speaker.split("[^\\p{L}]+")).contains(w));
    }

    /** A testimony entered by hand: from a written source (page) or from an interview (timecodes). */
    @Transactional
    public Testimony create(Film film, TestimonyInput input, FieldErrors errors) {
        Testimony t = new Testimony();
        t.film = film;
        apply(film, t, input, errors);
        t.key = Keys.fromTitle((t.person.key + " " + firstWords(t.text)), taken(film));
        errors.validate(validator, t).check();
        t.persist();
        return t;
    }

    /** Corrects a testimony's words, speaker, origin, timecodes or page; its key stays. Checked whole first. */
    @Transactional
    public Testimony update(Film film, String key, TestimonyInput input, FieldErrors errors) {
        Testimony stored = current("testimony", testimony(film, key), input.version);
        Testimony check = new Testimony();
        check.film = film;
        check.key = stored.key;
        apply(film, check, input, errors);
        errors.validate(validator, check).check();
        apply(film, stored, input, new FieldErrors());
        stored.flush();
        return stored;
    }

    /** Where the testimony is used, as its deletion would undo it. */
    public List<String> uses(Film film, String key) {
        TestimonyLeaving preview = new TestimonyLeaving(testimony(film, key), true);
        leaving.fire(preview);
        return preview.uses();
    }

    /** Deletes the testimony, taking it out of the scenes' paper edits and deleting the citations of it. */
    @Transactional
    public List<String> delete(Film film, String key, Long version) {
        Testimony t = current("testimony", testimony(film, key), version);
        TestimonyLeaving going = new TestimonyLeaving(t, false);
        leaving.fire(going);
        t.delete();
        return going.uses();
    }

    /** The film's testimony with this key, or 404. */
    public static Testimony testimony(Film film, String key) {
        return Keys.found(Testimony.<Testimony>find("film = ?1 and key = ?2", film, key).firstResultOptional(),
                "testimony", key);
    }

    /** Copies a form's testimony onto one, each field checked and named when at fault; the errors are thrown. */
    private static void apply(Film film, Testimony t, TestimonyInput input, FieldErrors errors) {
        t.person = reference(errors, "person", input.person, Person.byKey(film, blank(input.person)));
        if (blank(input.person) == null) {
            errors.add("person", "is required: who said or wrote it");
        }
        t.source = reference(errors, "source", input.source, Source.byKey(film, blank(input.source)));
        t.interview = reference(errors, "interview", input.interview,
                Interview.<Interview>find("film = ?1 and key = ?2", film, blank(input.interview)).firstResultOptional());
        if (blank(input.source) == null && blank(input.interview) == null) {
            errors.add("source", "is required: the written source it comes from (or the interview)");
        } else if (blank(input.source) != null && blank(input.interview) != null) {
            errors.add("source", "a testimony comes either from a written source or from an interview, not both");
        }
        t.page = blank(input.page);
        if (t.page != null && t.page.length() > 50) {
            errors.add("page", "must be at most 50 characters");
        }
        t.timecodeIn = timecode(errors, "timecodeIn", input.timecodeIn);
        t.timecodeOut = timecode(errors, "timecodeOut", input.timecodeOut);
        if (t.timecodeIn != null && t.timecodeOut != null && !errors.has("timecodeIn") && !errors.has("timecodeOut")
                && Timecode.parse(t.timecodeOut).compareTo(Timecode.parse(t.timecodeIn)) < 0) {
            errors.add("timecodeOut", "must not come before the timecode in");
        }
        if (blank(input.source) != null && (t.timecodeIn != null || t.timecodeOut != null)) {
            errors.add("timecodeIn", "timecodes belong to an interview; a written source has a page");
        }
        BiteCut.apply(film, t, input, errors);
        t.text = blank(input.text);
        if (t.text == null) {
            errors.add("text", "is required: the words quoted");
        } else if (t.text.length() > 20000) {
            errors.add("text", "must be at most 20000 characters");
        }
        errors.check();
    }

    private static Predicate<String> taken(Film film) {
        return k -> Testimony.count("film = ?1 and key = ?2", film, k) > 0;
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(4, words.length)));
    }

    private static String timecode(FieldErrors errors, String field, String text) {
        String t = blank(text);
        if (t == null) {
            return null;
        }
        try {
            return Timecode.parse(t).format();
        } catch (IllegalArgumentException e) {
            errors.add(field, Timecode.EXPECTED);
            return t;
        }
    }

    private static <T> T reference(FieldErrors errors, String field, String key, Optional<T> found) {
        if (blank(key) == null) {
            return null;
        }
        if (found.isEmpty()) {
            errors.add(field, "this film has no " + field + " with the key '" + key.strip() + "'");
        }
        return found.orElse(null);
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
