package witness.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import witness.chronology.EventInput;
import witness.core.Filed;
import witness.dossier.Dossier.FilmData;
import witness.dossier.Dossier.SourceData;
import witness.film.SequenceInput;
import witness.interview.InterviewInput;
import witness.interview.TestimonyInput;
import witness.location.LocationInput;
import witness.person.PersonInput;
import witness.research.LogEntryInput;
import witness.schedule.ScheduleInput;

/**
 * Reads dossier files into a {@link Dossier}, checking each file's syntax, fields and values.
 * It reads every file before it gives up, so that one refusal lists all the errors it can.
 */
final class DossierParser {
    static final String FILM = "research/film.yaml", PEOPLE = "research/people.yaml",
            CHRONOLOGY = "research/chronology.yaml", SOURCES = "research/sources.csl.json",
            TESTIMONIES = "research/testimonies.yaml", INTERVIEWS = "research/interviews.yaml",
            LOCATIONS = "research/locations.yaml", LOG = "research/research-log.yaml",
            SEQUENCES = "research/sequences/";

    private final Validator validator;
    private final DossierFiles files;
    private final List<DossierError> errors = new ArrayList<>();
    private final Map<String, LineIndex> lines = new HashMap<>();
    private final Set<String> read = new HashSet<>();

    private DossierParser(Validator validator, DossierFiles files) {
        this.validator = validator;
        this.files = files;
    }

    static Dossier parse(DossierFiles files, Validator validator) {
        return new DossierParser(validator, files).parse();
    }

    private Dossier parse() {
        if (files.get(FILM) == null) {
            throw DossierRefused.of(FILM, "missing: every dossier starts with research/film.yaml");
        }
        FilmData film = read(FILM, new TypeReference<FilmData>() {}, null);
        Dossier dossier = new Dossier(film,
                list(PEOPLE, new TypeReference<List<PersonInput>>() {}),
                list(CHRONOLOGY, new TypeReference<List<EventInput>>() {}),
                list(SOURCES, new TypeReference<List<SourceData>>() {}),
                list(TESTIMONIES, new TypeReference<List<TestimonyInput>>() {}),
                list(INTERVIEWS, new TypeReference<List<InterviewInput>>() {}),
                list(LOCATIONS, new TypeReference<List<LocationInput>>() {}),
                sequences(),
                list(LOG, new TypeReference<List<LogEntryInput>>() {}),
                schedules(),
                Map.copyOf(lines));
        unexpectedFiles();
        if (!errors.isEmpty()) {
            throw new DossierRefused(errors);
        }
        return dossier;
    }

    private List<SequenceInput> sequences() {
        List<SequenceInput> sequences = new ArrayList<>();
        for (String path : paths(SEQUENCES)) {
            SequenceInput sequence = read(path, new TypeReference<SequenceInput>() {}, null);
            if (sequence != null) {
                sequences.add(sequence);
            }
        }
        return sequences;
    }

    private List<ScheduleInput> schedules() {
        List<ScheduleInput> schedules = new ArrayList<>();
        for (String path : paths(DossierFiles.SCHEDULES)) {
            String key = path.substring(DossierFiles.SCHEDULES.length(), path.length() - ".yaml".length());
            if (!key.matches(Dossier.KEY)) {
                fileError(path, "a schedule's file name is its key: lower-case words joined by hyphens");
                continue;
            }
            ScheduleInput schedule = read(path, new TypeReference<ScheduleInput>() {}, null, s -> s.filedAs(key));
            if (schedule != null) {
                schedules.add(schedule);
            }
        }
        return schedules;
    }

    private List<String> paths(String folder) {
        return files.all().keySet().stream()
                .filter(p -> p.startsWith(folder) && p.endsWith(".yaml") && p.indexOf('/', folder.length()) < 0)
                .toList();
    }

    private <T> List<T> list(String path, TypeReference<List<T>> type) {
        List<T> items = read(path, type, List.of());
        if (items == null) {
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                error(path, "/" + i, "an empty entry");
            } else {
                validate(path, "/" + i, items.get(i));
            }
        }
        return items;
    }

    private <T> T read(String path, TypeReference<T> type, T absent) {
        return read(path, type, absent, UnaryOperator.identity());
    }

    /**
     * The file's content, or {@code absent} when there is no such file; null after an error. {@code completed}
     * adds what the file does not say (a schedule's key and default settings) before it is checked.
     */
    private <T> T read(String path, TypeReference<T> type, T absent, UnaryOperator<T> completed) {
        String text = files.get(path);
        if (text == null) {
            return absent;
        }
        read.add(path);
        if (text.isBlank()) {
            fileError(path, "the file is empty");
            return null;
        }
        if (text.length() > DossierMapper.MAX_FILE_CHARACTERS) {
            fileError(path, String.format(Locale.ROOT, "the file has %,d characters: a dossier file holds at most"
                    + " %,d", text.length(), DossierMapper.MAX_FILE_CHARACTERS));
            return null;
        }
        int unprintable = unprintable(text);
        if (unprintable >= 0) {
            errors.add(new DossierError(path, lineAt(text, unprintable), "", String.format(
                    "a control character (U+%04X) where text was expected: dossier files are plain text",
                    text.codePointAt(unprintable))));
            return null;
        }
        try {
            lines.put(path, LineIndex.of(text, DossierMapper.factoryFor(path)));
            T read = DossierMapper.mapperFor(path).readValue(text, type);
            T value = read == null ? null : completed.apply(read);
            if (value == null) {
                error(path, "", "the file is empty");
            } else if (!(value instanceof List)) {
                validate(path, "", value);
            }
            return value;
        } catch (JsonMappingException e) {
            String pointer = pointerOf(e);
            // Records are read whole before they are checked, so the parser's location may be past the field.
            Integer exact = lines.get(path).exactLineOf(pointer);
            int line = exact != null ? exact
                    : e.getLocation() != null ? e.getLocation().getLineNr() : lines.get(path).lineOf(pointer);
            errors.add(new DossierError(path, line, DossierError.fieldOf(pointer), messageOf(e)));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            errors.add(new DossierError(path, line, "", "not well-formed: " + syntaxMessage(e)));
        } catch (IOException e) {
            error(path, "", e.getMessage());
        }
        return null;
    }

    private void validate(String path, String prefix, Object value) {
        for (ConstraintViolation<Object> v : validator.validate(value, Default.class, Filed.class)) {
            String pointer = prefix + "/" + v.getPropertyPath().toString()
                    .replaceAll("\\[(\\d+)]", "/$1").replace("<list element>", "").replace('.', '/');
            error(path, pointer.replaceAll("/+", "/").replaceAll("/$", ""), v.getMessage());
        }
    }

    private void unexpectedFiles() {
        for (String path : files.all().keySet()) {
            if (!read.contains(path) && !path.startsWith(SEQUENCES) && !path.startsWith(DossierFiles.SCHEDULES)) {
                fileError(path, "not a dossier file: expected one of film.yaml, people.yaml, chronology.yaml, "
                        + "sources.csl.json, testimonies.yaml, interviews.yaml, locations.yaml, research-log.yaml, "
                        + "sequences/*.yaml");
            }
        }
    }

    private void error(String path, String pointer, String message) {
        LineIndex index = lines.get(path);
        errors.add(new DossierError(path, index == null ? 0 : index.lineOf(pointer),
                DossierError.fieldOf(pointer), message));
    }

    private void fileError(String path, String message) {
        errors.add(new DossierError(path, 0, "", message));
    }

    private static String pointerOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
                .collect(Collectors.joining());
    }

    /** The parser's own words, without its excerpt of the file (the line number says where). */
    private static String syntaxMessage(JsonProcessingException e) {
        return e.getOriginalMessage().lines()
                .filter(l -> !l.isBlank() && !l.trim().startsWith("in 'reader'") && !l.trim().equals("^")
                        && !l.startsWith(" "))
                .collect(Collectors.joining("; "))
                .replaceAll(", from `[^`]*`", "");
    }

    /** Where the first character YAML does not allow in a file is, -1 when there is none. */
    private static int unprintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean printable = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0x7E || c == 0x85
                    || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!printable) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static String messageOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType().isEnum()) {
            return "'" + f.getValue() + "' is not one of: " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not a valid " + f.getTargetType().getSimpleName()
                    .replace("LocalDate", "date (YYYY-MM-DD)").replace("LocalTime", "time (HH:mm)");
        }
        String message = e.getOriginalMessage();
        if (message.startsWith("No content to map")) {
            return "the file is empty: it holds only comments";
        }
        return message.contains("\n") ? message.substring(0, message.indexOf('\n')) : message;
    }
}
