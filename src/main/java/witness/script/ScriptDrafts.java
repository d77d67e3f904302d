package witness.script;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import jakarta.validation.Validator;
import witness.core.Film;
import witness.core.Versioned;
import witness.web.FieldErrors;
import witness.film.Numbering;
import witness.film.ShotEditor;
import witness.script.ShootingScript.Revision;
import witness.web.BadRequest;
import witness.web.WriteConflict;
import witness.web.ZippedJson;

/**
 * Issuing drafts of the shooting script, and reading them back as they were issued. Issuing locks the film's
 * numbers (what the crew holds is printed); two drafts issued at once cannot both be the next one: the writer who
 * was not first is told, rather than issuing a second draft nobody meant.
 */
@ApplicationScoped
public class ScriptDrafts {
    /** A snapshot read back may grow to this when unzipped: a large film's script is a few megabytes. */
    static final int SNAPSHOT_AT_MOST = 64 * 1024 * 1024;

    @Inject ObjectMapper json;
    @Inject Validator validator;

    /**
     * Issues the script as it is now as the film's next draft, named (the title page's version; "Draft 3" when
     * blank). {@code expected}, when given, is the draft number the writer saw as next: if another draft was issued
     * since, 409. The numbers are locked first if they were not.
     */
    @Transactional
    public ScriptDraft issue(Film asked, String name, Integer expected, String who) {
        ShotEditor.oneAtATime(asked);
        Film film = Film.findById(asked.id);
        int number = ScriptDraft.next(film);
        if (expected != null && expected != number) {
            throw new WriteConflict(expected < number ? "Draft " + (number - 1) + " was issued while you were looking: "
                    + "reload the drafts page and issue again if it still needs a new draft."
                    : "There is no draft " + (expected - 1) + " yet: the next draft is draft " + number + ".");
        }
        String named = name == null || name.isBlank() ? "Draft " + number : name.strip();
        if (named.length() > ScriptDraft.NAME_LENGTH) {
            throw new BadRequest("name", "must be at most " + ScriptDraft.NAME_LENGTH + " characters");
        }
        Instant now = Instant.now();
        Numbering.lock(film, who, now);
        ScriptOptions options = new ScriptOptions(null, java.util.List.of(), false, true, true, Watermark.NONE, named);
        DraftSnapshot snapshot = DraftSnapshot.of(ScriptAssembly.of(film, options, date(now)));
        ScriptDraft draft = new ScriptDraft();
        draft.film = film;
        draft.number = number;
        draft.name = named;
        draft.colour = RevisionColour.of(number);
        draft.issuedAt = now;
        draft.issuedBy = who;
        draft.scenes = snapshot.sceneCount();
        draft.shots = snapshot.shotCount();
        draft.seconds = snapshot.seconds();
        draft.snapshot = ZippedJson.write(json, snapshot);
        WriteConflict.unlessNumberTaken(draft::persistAndFlush, "script_draft_number",
                "Another draft was issued at the same moment: reload the drafts page.");
        return draft;
    }

    /** Locks the film's numbers as they are now (nothing when they are locked already); the film as it is then. */
    @Transactional
    public Film lock(Film film, String who) {
        ShotEditor.oneAtATime(film);
        Film current = Film.findById(film.id);
        Numbering.lock(current, who, Instant.now());
        return current;
    }

    /** Numbers follow the order again; the omitted ones go. Drafts already issued keep theirs. */
    @Transactional
    public Film unlock(Film film) {
        ShotEditor.oneAtATime(film);
        Film current = Film.findById(film.id);
        Numbering.unlock(current);
        return current;
    }

    /** Saves the title page onto the film, unless the film changed since the version the writer read. */
    @Transactional
    public Film saveTitlePage(Film film, TitlePageInput input) {
        new FieldErrors().validate(validator, input).check();
        Film current = Versioned.current("film", Film.<Film>findById(film.id), input.version);
        input.applyTo(current);
        current.flush();
        return current;
    }

    /** The draft's script as issued, marked where it differs from the draft before it. */
    public ShootingScript script(ScriptDraft draft, boolean revisedPagesOnly) {
        DraftSnapshot snapshot = snapshot(draft);
        Set<String> changed = ScriptDraft.byNumber(draft.film, draft.number - 1)
                .map(before -> snapshot.changedSince(snapshot(before))).orElse(Set.of());
        Revision revision = new Revision(draft.number, draft.name, draft.colour, date(draft.issuedAt), draft.issuedBy,
                changed, revisedPagesOnly);
        return snapshot.script(draft.film, revision);
    }

    /** What the draft holds, read back from its gzipped JSON. */
    public DraftSnapshot snapshot(ScriptDraft draft) {
        return ZippedJson.read(json, draft.snapshot, DraftSnapshot.class, SNAPSHOT_AT_MOST, "Draft " + draft.number);
    }

    static LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, ZoneId.systemDefault());
    }
}
