package witness.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import witness.core.Film;
import witness.core.Keys;

/**
 * Imports sources from a Zotero export in two steps and keeps nothing in between: {@link #preview}
 * reads the file and tells each item new or duplicate; {@link #create} reads the same file again and
 * creates the chosen items, all in one transaction or none.
 */
@ApplicationScoped
public class SourceImporter {
    @Inject Validator validator;
    @ConfigProperty(name = "witness.sources.import-max-items", defaultValue = "" + SourceImportParser.MAX_ITEMS)
    int maxItems;

    /** One item of the file as it would become a source, and what it duplicates if anything. */
    public record Row(int number, String id, Source source, Optional<DuplicateCheck.Match> duplicate) {
        public boolean isNew() {
            return duplicate.isEmpty();
        }

        /** What the item duplicates, null when it is new. */
        public DuplicateCheck.Match match() {
            return duplicate.orElse(null);
        }

        public String status() {
            return duplicate.isEmpty() ? "new" : "duplicate";
        }

        public String authors() {
            return source.names.stream().filter(n -> SourceName.AUTHOR.equals(n.role)).map(SourceName::display)
                    .collect(Collectors.joining("; "));
        }

        public String year() {
            return source.issued == null ? "" : source.issued.substring(0, Math.min(4, source.issued.length()));
        }
    }

    public record Preview(ZoteroFormat format, List<Row> rows) {
        public long newCount() {
            return rows.stream().filter(Row::isNew).count();
        }

        public long duplicateCount() {
            return rows.size() - newCount();
        }
    }

    @Transactional
    public Preview preview(Film film, ZoteroFormat format, String text) {
        return read(film, format, text);
    }

    /**
     * Creates the items numbered in chosen (all new items when chosen is null) and returns their keys,
     * in the file's order. Any problem refuses the whole file and saves nothing.
     */
    @Transactional
    public List<String> create(Film film, ZoteroFormat format, String text, Collection<Integer> chosen) {
        Preview preview = read(film, format, text);
        Set<Integer> numbers = chosen == null
                ? preview.rows().stream().filter(Row::isNew).map(Row::number).collect(Collectors.toSet())
                : new HashSet<>(chosen);
        for (Integer n : numbers) {
            if (n == null || n < 1 || n > preview.rows().size()) {
                throw new SourceImportRefused("There is no item " + n + " in the file: it has "
                        + preview.rows().size() + " items.");
            }
        }
        if (numbers.isEmpty()) {
            throw new SourceImportRefused("No item was chosen: tick the items to import.");
        }
        Set<String> taken = Source.<Source>list("film", film).stream().map(s -> s.key)
                .collect(Collectors.toCollection(HashSet::new));
        List<String> keys = new ArrayList<>();
        for (Row row : preview.rows()) {
            if (!numbers.contains(row.number())) {
                continue;
            }
            Source source = row.source();
            source.film = film;
            source.key = key(row, taken);
            taken.add(source.key);
            source.persist();
            keys.add(source.key);
        }
        Source.getEntityManager().flush();
        return keys;
    }

    private Preview read(Film film, ZoteroFormat format, String text) {
        return new Preview(format,
                rows(SourceImportParser.parse(format, text, maxItems), Source.list("film", film), validator));
    }

    /**
     * The items as the sources they would become, each checked as a source is and told new or duplicate
     * of the existing ones; the first item that would not do refuses the whole file. Reads no database.
     */
    static List<Row> rows(List<SourceImportParser.Item> items, List<Source> existing, Validator validator) {
        Film film = new Film();
        DuplicateCheck check = new DuplicateCheck(existing);
        List<Row> rows = new ArrayList<>();
        for (SourceImportParser.Item item : items) {
            Source source = new Source();
            CslItems.copy(item.csl(), source);
            source.film = film;
            source.key = "checked-key";
            for (ConstraintViolation<Source> v : validator.validate(source)) {
                throw new SourceImportRefused(item.where() + ": " + field(v.getPropertyPath().toString()) + " "
                        + v.getMessage() + ".");
            }
            for (SourceName name : source.names) {
                if (length(name.family) > 200 || length(name.given) > 200 || length(name.literal) > 300) {
                    throw new SourceImportRefused(item.where() + ": the name “" + name.display()
                            + "” is too long (at most 200 characters for a family or given name).");
                }
            }
            source.film = null;
            source.key = null;
            rows.add(new Row(item.number(), item.id(), source, check.check(source, item.number())));
        }
        return rows;
    }

    /** The item's own id or citation key when it is a valid, free key; else one made from the title. */
    private static String key(Row row, Set<String> taken) {
        String id = row.id() == null ? null : row.id().strip();
        if (id != null && id.length() <= 120 && id.matches(Film.SLUG) && !taken.contains(id)) {
            return id;
        }
        return Keys.fromTitle(row.source().title, taken::contains);
    }

    private static String field(String property) {
        return switch (property) {
            case "containerTitle" -> "the container title";
            case "publisherPlace" -> "the place of publication";
            case "archiveLocation" -> "the archive location";
            case "archivePlace" -> "the archive's place";
            case "callNumber" -> "the call number";
            case "url" -> "the URL";
            case "doi" -> "the DOI";
            case "isbn" -> "the ISBN";
            case "issued" -> "the date";
            default -> "the " + property;
        };
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
