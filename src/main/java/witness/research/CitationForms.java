package witness.research;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.film.Shot;
import witness.interview.Testimony;
import witness.interview.TestimonyChoices;
import witness.web.Form;

/** The forms of a citation: a new one on the scene page, one citation's on its edit page. */
public final class CitationForms {
    public static final String NEW = "new-citation";

    private CitationForms() {
    }

    /**
     * What a citation of this scene may cite: the film's sources and testimonies (on a long series, through a
     * search box each: {@code findSources}, {@code findTestimonies}), the scene's shots.
     */
    public record Choices(List<Source> sources, boolean findSources, List<Testimony> testimonies,
            boolean findTestimonies, List<Shot> shots) {

        /** The choices for a form as it is filled: what it chose, or the words it typed, are among them. */
        public static Choices of(Film film, List<Shot> shots, Form form) {
            boolean findSources = SourceChoices.searched(film);
            boolean findTestimonies = TestimonyChoices.searched(film);
            return new Choices(
                    SourceChoices.offered(film, findSources, form.value("source"), form.value(SourceChoices.FIND)),
                    findSources, TestimonyChoices.offered(film, findTestimonies, form.value("testimony"),
                            form.value(TestimonyChoices.FIND)),
                    findTestimonies, shots);
        }

        public VerificationStatus[] statuses() {
            return VerificationStatus.values();
        }
    }

    public static Form blank() {
        return new Form(NEW, Map.of("status", VerificationStatus.UNVERIFIED.code()), Map.of(), CitationInput.FIELDS);
    }

    public static Form refused(String id, CitationInput input, Map<String, String> errors) {
        return new Form(id, input.values(), errors, CitationInput.FIELDS);
    }

    public static String id(Citation c) {
        return "citation-form-" + c.id;
    }

    public static Form stored(Citation c) {
        Map<String, String> values = new HashMap<>();
        values.put("source", c.source == null ? "" : c.source.key);
        values.put("testimony", c.testimony == null ? "" : c.testimony.key);
        values.put("shot", c.shot == null ? "" : c.shot.key);
        values.put("locator", c.locator == null ? "" : c.locator);
        values.put("text", c.text == null ? "" : c.text);
        values.put("claim", c.claim == null ? "" : c.claim);
        values.put("status", c.status.code());
        values.put("verifiedBy", c.verifiedBy == null ? "" : c.verifiedBy);
        values.put("verifiedOn", c.verifiedOn == null ? "" : c.verifiedOn.toString());
        values.put("version", String.valueOf(c.version));
        return new Form(id(c), values, Map.of(), CitationInput.FIELDS);
    }
}
