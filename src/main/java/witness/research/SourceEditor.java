package witness.research;

import static witness.core.Versioned.current;
import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import witness.chronology.ChronologyEvent;
import witness.chronology.PartialDate;
import witness.core.Film;
import witness.core.Keys;
import witness.film.Citation;
import witness.film.Scene;
import witness.film.Shot;
import witness.source.ClearanceStatus;
import witness.source.Source;
import witness.source.SourceInput;
import witness.source.SourceName;
import witness.web.FieldErrors;
import witness.web.Inputs;
import witness.web.WriteConflict;

/** Every change to the sources of a film: validated, version-checked, and deleted with what goes with them. */
@ApplicationScoped
public class SourceEditor {
    /** The CSL types a form offers first. */
    public static final List<String> COMMON_TYPES = List.of("book", "chapter", "article-journal", "article-newspaper",
            "article-magazine", "manuscript", "letter", "interview", "motion_picture", "broadcast", "graphic", "map",
            "speech", "report", "thesis", "webpage", "personal_communication", "document");
    /** Every item type of CSL 1.0.2: a source imported with another one keeps it. */
    public static final Set<String> CSL_TYPES = Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document",
            "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
            "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
            "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
            "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
            "thesis", "treaty", "webpage");
    /** Addresses under /sources/ that are pages, not sources. */
    static final Set<String> RESERVED = Set.of("new", "import");
    static final int NAME_LENGTH = 200;

    @Inject Validator validator;

    public static Source find(Film film, String key) {
        return Keys.found(Source.byKey(film, key), "source", key);
    }

    @Transactional
    public Source create(Film film, SourceInput input, FieldErrors errors) {
        Source source = new Source();
        source.film = film;
        apply(source, input, errors);
        Predicate<String> taken = k -> RESERVED.contains(k) || Source.byKey(film, k).isPresent();
        source.key = Keys.requested(input.key, () -> Keys.fromTitle(input.title, taken), taken, "source",
                "memoirs or year-one", errors);
        errors.validate(validator, input).validate(validator, source).check();
        source.persist();
        source.flush();
        return source;
    }

    @Transactional
    public Source update(Film film, String key, SourceInput input, FieldErrors errors) {
        Source source = current("source", find(film, key), input.version);
        // Checked on a copy: a refused input leaves the stored source untouched.
        Source check = new Source();
        check.film = film;
        check.key = source.key;
        apply(check, input, errors);
        errors.validate(validator, input).validate(validator, check).check();
        apply(source, input, new FieldErrors());
        // Flush here, so that a concurrent change to the same version is refused as a conflict (409).
        source.flush();
        return source;
    }

    /** What would go with the source if it were deleted now. */
    @Transactional
    public SourceDeletion deletion(Film film, String key) {
        return SourceDeletion.of(find(film, key));
    }

    /**
     * Deletes the source with its citations; shots that use it lose their source, chronology events and
     * research log entries their link to it. Refused (409) while testimonies are taken from it: they would
     * lose where they come from; and unless {@code version} is the one stored.
     */
    @Transactional
    public SourceDeletion delete(Film film, String key, Long version) {
        Source source = current("source", find(film, key), version);
        SourceDeletion deletion = SourceDeletion.of(source);
        if (!deletion.testimonies().isEmpty()) {
            throw new WriteConflict(deletion.refusal());
        }
        var em = Source.getEntityManager();
        List<Scene> scenes = em.createQuery("select distinct c.scene from Citation c where c.source = :source", Scene.class)
                .setParameter("source", source).getResultList();
        // Entity by entity, not in bulk, so that the audit history records every change (and can undo it).
        Citation.<Citation>list("source", source).forEach(Citation::delete);
        em.flush();
        if (!scenes.isEmpty()) {
            // The remaining footnotes of each scene are numbered 1, 2, 3… again.
            List<Citation> remaining = Citation.list("scene in ?1 order by scene.id, position, id", scenes);
            Scene scene = null;
            int position = 0;
            for (Citation citation : remaining) {
                if (citation.scene != scene) {
                    scene = citation.scene;
                    position = 0;
                }
                citation.position = ++position;
            }
        }
        Shot.<Shot>list("source", source).forEach(s -> s.source = null);
        ChronologyEvent.<ChronologyEvent>list("select e from ChronologyEvent e join e.sources s where s = ?1", source)
                .forEach(e -> e.sources.remove(source));
        ResearchLogEntry.<ResearchLogEntry>list("select r from ResearchLogEntry r join r.sources s where s = ?1", source)
                .forEach(r -> r.sources.remove(source));
        source.delete();
        em.flush();
        return deletion;
    }

    private static void apply(Source source, SourceInput input, FieldErrors errors) {
        String type = blankToNull(input.type);
        if (type == null) {
            errors.add("type", "is required: a CSL type such as book, manuscript or article-newspaper");
        } else if (!CSL_TYPES.contains(type)) {
            errors.add("type", "'" + type + "' is not a CSL type: one of " + String.join(", ", COMMON_TYPES) + "…");
        } else {
            source.type = type;
        }
        source.title = blankToNull(input.title);
        List<SourceName> names = new ArrayList<>();
        names(names, SourceName.AUTHOR, "authors", Inputs.lines(input.authors), errors);
        names(names, SourceName.EDITOR, "editors", Inputs.lines(input.editors), errors);
        names(names, SourceName.TRANSLATOR, "translators", Inputs.lines(input.translators), errors);
        source.names.clear();
        source.names.addAll(names);
        String issued = blankToNull(input.issued);
        if (issued != null) {
            try {
                issued = PartialDate.parse(issued).iso();
            } catch (IllegalArgumentException e) {
                errors.add("issued", e.getMessage());
            }
        }
        source.issued = issued;
        source.publisher = blankToNull(input.publisher);
        source.publisherPlace = blankToNull(input.publisherPlace);
        source.containerTitle = blankToNull(input.containerTitle);
        source.volume = blankToNull(input.volume);
        source.issue = blankToNull(input.issue);
        source.page = blankToNull(input.page);
        source.url = blankToNull(input.url);
        source.archive = blankToNull(input.archive);
        source.archiveLocation = blankToNull(input.archiveLocation);
        source.archivePlace = blankToNull(input.archivePlace);
        source.callNumber = blankToNull(input.callNumber);
        source.language = blankToNull(input.language);
        source.doi = blankToNull(input.doi);
        source.isbn = blankToNull(input.isbn);
        source.note = blankToNull(input.note);
        source.rightsHolder = blankToNull(input.rightsHolder);
        String clearance = blankToNull(input.clearance);
        if (clearance == null) {
            source.clearance = ClearanceStatus.NOT_NEEDED;
        } else {
            ClearanceStatus status = errors.choice(ClearanceStatus.class, "clearance", clearance);
            if (status != null) {
                source.clearance = status;
            }
        }
        BigDecimal fee = input.fee();
        if (fee == null && input.fee != null && !input.fee.isBlank()) {
            errors.add("fee", "must be an amount like 250.00, not '" + input.fee + "'");
        } else if (fee != null && fee.signum() < 0) {
            errors.add("fee", "must be 0 or more");
        } else if (fee != null && fee.stripTrailingZeros().scale() > 2) {
            errors.add("fee", "must have at most 2 decimals, like 250.50");
        } else if (fee != null && fee.setScale(2, RoundingMode.UNNECESSARY).precision() > 12) {
            errors.add("fee", "is too large: at most 10 digits before the decimal point");
        } else if (fee != null) {
            fee = fee.setScale(2, RoundingMode.UNNECESSARY);
        }
        source.fee = fee;
        String currency = blankToNull(input.currency);
        source.currency = currency == null ? null : currency.toUpperCase(Locale.ROOT);
        if (fee != null && currency == null) {
            errors.add("currency", "is required with a fee: a three-letter code such as GBP");
        }
        source.territory = blankToNull(input.territory);
        source.term = blankToNull(input.term);
        source.lost = input.lost();
    }

    /** "Family, Given" or a literal name, one per entry; blank entries are skipped. */
    private static void names(List<SourceName> names, String role, String field, List<String> entries,
            FieldErrors errors) {
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            String name = blankToNull(entry);
            if (name == null) {
                continue;
            }
            int comma = name.indexOf(',');
            SourceName parsed = comma < 0 ? new SourceName(role, null, null, name)
                    : new SourceName(role, blankToNull(name.substring(0, comma)), blankToNull(name.substring(comma + 1)),
                            null);
            if (comma >= 0 && parsed.family == null) {
                errors.add(field, "'" + name + "' has no family name before the comma: write \"Family, Given\"");
            } else if (Arrays.asList(parsed.family, parsed.given, parsed.literal).stream()
                    .anyMatch(p -> p != null && p.length() > NAME_LENGTH)) {
                errors.add(field, "'" + name.substring(0, 40) + "…' is too long: " + NAME_LENGTH
                        + " characters at most per name");
            } else {
                names.add(parsed);
            }
        }
    }

}
