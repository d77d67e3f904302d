package witness.interview;

import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.function.Predicate;
import witness.core.Film;
import witness.core.Keys;
import witness.core.Versioned;
import java.util.List;
import witness.web.FieldErrors;
import witness.web.Labelled;
import witness.web.WriteConflict;

/** Adds, changes and deletes an interview's clips; a timecode that does not exist at the clip's rate is refused. */
@ApplicationScoped
public class ClipEditor {
    @Inject Validator validator;
    @Inject ClipProxies proxies;

    public static Clip find(Film film, String interview, String key) {
        Clip clip = Keys.found(Clip.byKey(film, key), "clip", key);
        if (!clip.interview.key.equals(interview)) {
            throw new jakarta.ws.rs.NotFoundException("The interview '" + interview + "' has no clip '" + key + "'.");
        }
        return clip;
    }

    @Transactional
    public Clip create(Film film, String interviewKey, ClipInput input) {
        Interview interview = InterviewEditor.find(film, interviewKey);
        FieldErrors errors = new FieldErrors();
        Clip clip = new Clip();
        clip.film = film;
        clip.interview = interview;
        Predicate<String> taken = k -> Clip.byKey(film, k).isPresent();
        clip.key = Keys.requested(input.key, () -> blankToNull(input.reel) == null ? null
                : Keys.fromTitle(interview.key + " " + input.reel, taken), taken, "clip", "vlady-a001", errors);
        checked(input, clip, errors).check();
        clip.persist();
        return clip;
    }

    @Transactional
    public Clip update(Film film, String interviewKey, String key, ClipInput input) {
        Clip clip = Versioned.current("clip", find(film, interviewKey, key), input.version);
        Clip check = new Clip();
        check.film = film;
        check.interview = clip.interview;
        check.key = clip.key;
        checked(input, check, new FieldErrors()).check();
        input.applyTo(clip);
        clip.rate = check.rate;
        clip.flush();
        return clip;
    }

    @Transactional
    public void delete(Film film, String interviewKey, String key, Long version) {
        Clip clip = Versioned.current("clip", find(film, interviewKey, key), version);
        List<String> bites = Testimony.<Testimony>list("clip", clip).stream().map(t -> t.key).sorted().toList();
        if (!bites.isEmpty()) {
            throw new WriteConflict("The clip '" + key + "' is where " + bites.size() + " testimonies are cut from ("
                    + String.join(", ", bites) + "): choose another clip for them first.");
        }
        ClipProxy.of(clip).ifPresent(proxies::forget);
        Transcript.<Transcript>list("clip", clip).forEach(t -> t.clip = null);
        clip.delete();
    }

    /** Copies the input onto the clip and checks it: the rate one of ours, the timecodes real at that rate. */
    private FieldErrors checked(ClipInput input, Clip clip, FieldErrors errors) {
        input.applyTo(clip);
        rateAndTimecodes(input, clip, errors);
        return errors.validate(validator, clip);
    }

    /**
     * Sets the clip's rate from the input and checks it with the start and length (the page, the API and the dossier
     * alike): a message for the rate that is none of ours, for a timecode the rate does not have.
     */
    public static void rateAndTimecodes(ClipInput input, Clip clip, FieldErrors errors) {
        clip.rate = input.frameRate();
        if (clip.rate == null) {
            String code = input.rate == null ? "" : input.rate.strip();
            errors.add("rate", code.isEmpty() ? "is required: 23.976, 24, 25, 29.97df, 29.97 or 30"
                    : Labelled.notOneOf(FrameRate.class, code));
        } else {
            timecode(errors, "start", clip.start, clip.rate);
            timecode(errors, "duration", clip.duration, clip.rate);
        }
    }

    /** The timecode written, at the rate; null (and a message by the field) when it is not one, or none is written. */
    static SmpteTimecode timecode(FieldErrors errors, String field, String text, FrameRate rate) {
        if (text == null || errors.has(field)) {
            return null;
        }
        try {
            return SmpteTimecode.parse(text, rate);
        } catch (IllegalArgumentException e) {
            errors.add(field, e.getMessage().replaceFirst("^'[^']*' ", ""));
            return null;
        }
    }
}
