package witness.film;

import jakarta.validation.constraints.Null;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Film;
import witness.core.Filed;
import witness.interview.TestimonyChoices;
import witness.source.SourceChoices;
import witness.web.Code;
import witness.web.FieldErrors;
import witness.web.Inputs;
import witness.web.IsoDate;
import witness.web.Labelled;
import witness.web.Readable;
import witness.web.VersionRead;

/**
 * A citation as its form posts it: the key of a source or of a testimony (exactly one), the key of a shot of the
 * scene (optional), locator, quoted or paraphrased text, claim, status, who verified and when; and the words typed
 * in the search boxes of a long film's sources and testimonies. A scene of the dossier's sequences/*.yaml holds its
 * citations as these.
 */
public class CitationInput {
    public static final List<String> FIELDS = Inputs.fields(CitationInput.class);
    @RestForm public String source;
    @RestForm public String testimony;
    @RestForm public String shot;
    @RestForm public String locator;
    @RestForm public String text;
    @RestForm public String claim;
    @RestForm @Code(VerificationStatus.class) public String status;
    @RestForm public String verifiedBy;
    @RestForm @Readable(IsoDate.class) public String verifiedOn;
    @RestForm @Null(groups = Filed.class, message = "is not part of a dossier") public VersionRead version;
    /** The words of the sources' search box (SourceChoices.FIND). */
    @RestForm @Null(groups = Filed.class, message = "is not part of a dossier") public String findSource;
    /** The words of the testimonies' search box (TestimonyChoices.FIND). */
    @RestForm @Null(groups = Filed.class, message = "is not part of a dossier") public String findTestimony;

    /** A new citation's form: unverified. */
    static CitationInput blank() {
        CitationInput input = new CitationInput();
        input.status = VerificationStatus.UNVERIFIED.code();
        return input;
    }

    /** The citation as stored. */
    static CitationInput of(Citation c) {
        CitationInput input = filed(c);
        input.version = VersionRead.of(c.version);
        return input;
    }

    /** The citation as a dossier file holds it: without its version. */
    public static CitationInput filed(Citation c) {
        CitationInput input = new CitationInput();
        input.source = c.source == null ? null : c.source.key;
        input.testimony = c.testimony == null ? null : c.testimony.key;
        input.shot = c.shot == null ? null : c.shot.key;
        input.locator = c.locator;
        input.text = c.text;
        input.claim = c.claim;
        input.status = c.status.code();
        input.verifiedBy = c.verifiedBy;
        input.verifiedOn = c.verifiedOn == null ? null : c.verifiedOn.toString();
        return input;
    }

    /**
     * Copies the citation's own fields as written onto a citation, not what it cites (found by key): no status is
     * unverified.
     */
    public void applyTo(Citation c) {
        c.locator = locator;
        c.text = text;
        c.claim = claim;
        c.status = Objects.requireNonNullElse(Labelled.of(VerificationStatus.class, status),
                VerificationStatus.UNVERIFIED);
        c.verifiedBy = verifiedBy;
        c.verifiedOn = IsoDate.parse(verifiedOn);
    }

    /** A source or testimony found by the words of its search box is as if chosen. */
    CitationInput choosing(Film film, FieldErrors errors) {
        source = SourceChoices.chosen(film, source, findSource, errors);
        testimony = TestimonyChoices.chosen(film, testimony, findTestimony, errors);
        return this;
    }
}
