package witness.film;

import static witness.core.Versioned.current;
import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import witness.core.Film;
import witness.core.Keys;
import witness.interview.Testimony;
import witness.source.Source;
import witness.web.FieldErrors;
import witness.web.IsoDate;
import witness.web.Labelled;

/** Every change to a scene's citations: validated field by field, version-checked, footnotes kept 1..n. */
@ApplicationScoped
public class CitationEditor {
    static final int MAX_LOCATOR = 100, MAX_TEXT = 20000, MAX_CLAIM = 4000, MAX_VERIFIER = 200;
    @Inject Validator validator;

    public static Scene scene(Film film, String key) {
        return Keys.found(Scene.byKey(film, key), "scene", key);
    }

    /** The citation of this scene with this id; 404 for any other. */
    public static Citation find(Scene scene, long id) {
        return Citation.<Citation> find("id = ?1 and scene = ?2", id, scene).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("Scene " + scene.key + " has no citation " + id + "."));
    }

    public static List<Citation> ofScene(Scene scene) {
        return Citation.list("scene = ?1 order by position, id", scene);
    }

    /** Adds the citation as the scene's last footnote. */
    @Transactional
    public Citation create(Film film, String sceneKey, CitationInput input, FieldErrors errors) {
        Scene scene = scene(film, sceneKey);
        Citation c = new Citation();
        c.scene = scene;
        apply(film, scene, c, input, errors);
        errors.validate(validator, c).check();
        c.position = (int) Citation.count("scene", scene) + 1;
        c.persist();
        c.flush();
        return c;
    }

    @Transactional
    public Citation update(Film film, String sceneKey, long id, CitationInput input, FieldErrors errors) {
        Scene scene = scene(film, sceneKey);
        Citation c = current("citation", find(scene, id), input.version);
        // Checked on a copy: a refused input leaves the stored citation untouched.
        Citation check = new Citation();
        check.scene = scene;
        check.position = c.position;
        apply(film, scene, check, input, errors);
        errors.validate(validator, check).check();
        apply(film, scene, c, input, new FieldErrors());
        c.flush();
        return c;
    }

    /** Deletes the citation; the footnotes after it move up one. */
    @Transactional
    public Citation delete(Film film, String sceneKey, long id, Long version) {
        Scene scene = scene(film, sceneKey);
        Citation c = current("citation", find(scene, id), version);
        deleteAll(List.of(c));
        return c;
    }

    /** Deletes these citations and numbers what is left of each scene's footnotes 1..n again, once a scene. */
    static void deleteAll(List<Citation> citations) {
        Set<Scene> scenes = new LinkedHashSet<>();
        citations.forEach(c -> {
            scenes.add(c.scene);
            c.delete();
        });
        Citation.flush();
        scenes.forEach(s -> renumber(ofScene(s)));
    }

    /** Moves the footnote one place up (-1) or down (+1); at either end it stays. */
    @Transactional
    public Citation move(Film film, String sceneKey, long id, int by, Long version) {
        Scene scene = scene(film, sceneKey);
        Citation c = current("citation", find(scene, id), version);
        List<Citation> order = new ArrayList<>(ofScene(scene));
        int from = order.indexOf(c);
        int to = Math.max(0, Math.min(order.size() - 1, from + by));
        order.remove(from);
        order.add(to, c);
        renumber(order);
        return c;
    }

    /**
     * Footnotes 1..n in this order. Renumbering is not an edit of the other citations (their position is
     * left out of the version check), so their forms opened before stay current.
     */
    private static void renumber(List<Citation> order) {
        for (int i = 0; i < order.size(); i++) {
            order.get(i).position = i + 1;
        }
    }

    /** Copies the input onto a citation, finding what it cites; a message for each field at fault. */
    private void apply(Film film, Scene scene, Citation c, CitationInput input, FieldErrors errors) {
        errors.validate(validator, input);
        String sourceKey = blankToNull(input.source);
        String testimonyKey = blankToNull(input.testimony);
        if (sourceKey == null && testimonyKey == null) {
            errors.add("source", "choose a source or a testimony");
        } else if (sourceKey != null && testimonyKey != null) {
            errors.add("source", "cite a source or a testimony, not both");
            errors.add("testimony", "cite a source or a testimony, not both");
        }
        c.source = sourceKey == null ? null : Source.byKey(film, sourceKey).orElseGet(() -> {
            errors.add("source", "this film has no source with the key '" + sourceKey + "'");
            return null;
        });
        c.testimony = testimonyKey == null ? null
                : Testimony.<Testimony>find("film = ?1 and key = ?2", film, testimonyKey).firstResultOptional()
                        .orElseGet(() -> {
                            errors.add("testimony", "this film has no testimony with the key '" + testimonyKey + "'");
                            return null;
                        });
        String shotKey = blankToNull(input.shot);
        c.shot = shotKey == null ? null
                : Shot.<Shot>find("scene = ?1 and key = ?2", scene, shotKey).firstResultOptional().orElseGet(() -> {
                    errors.add("shot", "scene " + scene.key + " has no shot '" + shotKey + "'");
                    return null;
                });
        c.locator = text(errors, "locator", input.locator, MAX_LOCATOR);
        c.text = text(errors, "text", input.text, MAX_TEXT);
        c.claim = text(errors, "claim", input.claim, MAX_CLAIM);
        VerificationStatus status = Labelled.of(VerificationStatus.class, input.status);
        c.status = status == null && !errors.has("status") ? VerificationStatus.UNVERIFIED : status;
        c.verifiedBy = text(errors, "verifiedBy", input.verifiedBy, MAX_VERIFIER);
        c.verifiedOn = IsoDate.parse(input.verifiedOn);
        if (c.status == VerificationStatus.UNVERIFIED) {
            // The form starts on the writer and today: a citation no one has checked keeps neither.
            c.verifiedBy = null;
            c.verifiedOn = null;
        }
        if (c.status == VerificationStatus.VERIFIED) {
            if (c.verifiedBy == null) {
                errors.add("verifiedBy", "is required for a verified citation: who checked it against the source?");
            }
            if (c.verifiedOn == null && !errors.has("verifiedOn")) {
                c.verifiedOn = LocalDate.now();
            }
        }
        if (c.verifiedOn != null && c.verifiedOn.isAfter(LocalDate.now())) {
            errors.add("verifiedOn", "must not be in the future");
        }
    }

    private static String text(FieldErrors errors, String field, String value, int max) {
        String text = blankToNull(value);
        if (text != null && text.length() > max) {
            errors.add(field, "must be at most " + max + " characters (this is " + text.length() + ")");
        }
        return text;
    }
}
