package witness.film;

import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.interview.Testimony;
import witness.interview.TestimonyChoices;
import witness.source.Source;
import witness.source.SourceChoices;
import witness.web.Form;
import witness.web.Inputs;

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
        return new Form(NEW, Inputs.values(CitationInput.blank()), Map.of(), CitationInput.FIELDS);
    }

    public static Form refused(String id, CitationInput input, Map<String, String> errors) {
        return new Form(id, Inputs.values(input), errors, CitationInput.FIELDS);
    }

    public static String id(Citation c) {
        return "citation-form-" + c.id;
    }

    public static Form stored(Citation c) {
        return new Form(id(c), Inputs.values(CitationInput.of(c)), Map.of(), CitationInput.FIELDS);
    }
}
