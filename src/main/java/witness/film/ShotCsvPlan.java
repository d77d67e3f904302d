package witness.film;

import static witness.film.ShotCsv.AUDIO;
import static witness.film.ShotCsv.DESCRIPTION;
import static witness.film.ShotCsv.FRAMING;
import static witness.film.ShotCsv.INTERVIEWEE;
import static witness.film.ShotCsv.KIND;
import static witness.film.ShotCsv.LOCATION;
import static witness.film.ShotCsv.MOVEMENT;
import static witness.film.ShotCsv.NOTES;
import static witness.film.ShotCsv.SCENE;
import static witness.film.ShotCsv.SCENE_TITLE;
import static witness.film.ShotCsv.SECONDS;
import static witness.film.ShotCsv.SEQUENCE;
import static witness.film.ShotCsv.SEQUENCE_TITLE;
import static witness.film.ShotCsv.SHOT;
import static witness.film.ShotCsv.SOURCE;
import static witness.film.ShotCsv.STATUS;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import witness.core.Film;
import witness.location.Location;
import witness.person.Person;
import witness.source.Source;
import witness.web.Durations;
import witness.web.Labelled;

/**
 * Checks every row of an imported shot list against the film before anything is written: what
 * each row becomes (a new or changed shot, maybe in a new scene of a new sequence), or every error
 * with its line and column. Reads the film in a constant number of queries, writes nothing.
 */
final class ShotCsvPlan {
    private static final int KEY_LENGTH = 80;

    /** A sequence or scene the file names that the film does not have yet. */
    static final class New {
        final String key;
        final String sequenceKey;
        final int line;
        String title;

        New(String key, String sequenceKey, int line) {
            this.key = key;
            this.sequenceKey = sequenceKey;
            this.line = line;
        }
    }

    /** What a good row becomes: the values of its shot, the shot it changes (null: a new one) and where. */
    record Planned(ShotCsv.Row row, Shot existing, String key, String sceneKey, String sequenceKey, Shot values) {
    }

    final Film film;
    final Map<String, Sequence> sequences;
    final Map<String, Scene> scenes;
    /** The film's shots in film order. */
    final List<Shot> shots;
    final Map<String, Shot> shotsByKey;
    final Map<String, New> newSequences = new LinkedHashMap<>();
    final Map<String, New> newScenes = new LinkedHashMap<>();
    final List<Planned> planned = new ArrayList<>();
    /** Every shot key of the film and of the file: a generated key must be none of them. */
    final Set<String> takenKeys = new HashSet<>();

    private final Validator validator;
    private final Map<String, Location> locations;
    private final Map<String, Person> people;
    private final Map<String, Source> sources;
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private final List<ShotCsv.Error> errors = new ArrayList<>();

    /** What the film has that rows may name, shots in film order. */
    record Existing(List<Sequence> sequences, List<Scene> scenes, List<Shot> shots, List<Location> locations,
            List<Person> people, List<Source> sources) {
        static Existing of(Film film) {
            return new Existing(Sequence.ofFilm(film), Scene.ofFilm(film), ShotCsv.shotsOf(film),
                    Location.ofFilm(film), Person.ofFilm(film), Source.ofFilm(film));
        }
    }

    private ShotCsvPlan(Film film, Existing existing, Validator validator) {
        this.film = film;
        this.validator = validator;
        sequences = byKey(existing.sequences(), s -> s.key);
        scenes = byKey(existing.scenes(), s -> s.key);
        shots = existing.shots();
        shotsByKey = byKey(shots, s -> s.key);
        takenKeys.addAll(shotsByKey.keySet());
        locations = byKey(existing.locations(), l -> l.key);
        people = byKey(existing.people(), p -> p.key);
        sources = byKey(existing.sources(), s -> s.key);
    }

    /** The plan for the rows, or {@link ShotCsv.Refused} with every error of every row. */
    static ShotCsvPlan check(Film film, List<ShotCsv.Row> rows, Validator validator) {
        return check(film, Existing.of(film), rows, validator);
    }

    /** The same against what the film is said to have: reads no database. */
    static ShotCsvPlan check(Film film, Existing existing, List<ShotCsv.Row> rows, Validator validator) {
        ShotCsvPlan plan = new ShotCsvPlan(film, existing, validator);
        rows.forEach(plan::check);
        plan.checkTitles(plan.newSequences, SEQUENCE, SEQUENCE_TITLE);
        plan.checkTitles(plan.newScenes, SCENE, SCENE_TITLE);
        if (!plan.errors.isEmpty()) {
            plan.errors.sort(Comparator.comparingInt(ShotCsv.Error::row)
                    .thenComparingInt(e -> e.column() == null ? -1 : ShotCsv.COLUMNS.indexOf(e.column())));
            throw new ShotCsv.Refused(plan.errors);
        }
        return plan;
    }

    private void check(ShotCsv.Row row) {
        Map<String, String> rowErrors = new LinkedHashMap<>();
        String sequenceKey = row.get(SEQUENCE);
        String sceneKey = row.get(SCENE);
        if (sequenceKey == null) {
            rowErrors.put(SEQUENCE, "is required: the key of the shot's sequence (a new key creates the sequence).");
        } else if (!sequences.containsKey(sequenceKey)) {
            remember(newSequences, sequenceKey, null, row, SEQUENCE, SEQUENCE_TITLE, rowErrors);
        }
        if (sceneKey == null) {
            rowErrors.put(SCENE, "is required: the key of the shot's scene (a new key creates the scene).");
        } else if (scenes.containsKey(sceneKey)) {
            String actual = scenes.get(sceneKey).sequence.key;
            if (sequenceKey != null && !actual.equals(sequenceKey)) {
                rowErrors.put(SCENE, "scene '" + sceneKey + "' is in sequence '" + actual + "', not '" + sequenceKey
                        + "'; to move a scene use the structure page.");
            }
        } else if (sequenceKey != null) {
            New scene = newScenes.get(sceneKey);
            if (scene != null && !scene.sequenceKey.equals(sequenceKey)) {
                rowErrors.put(SCENE, "the new scene '" + sceneKey + "' is in sequence '" + scene.sequenceKey
                        + "' on line " + scene.line + ", not '" + sequenceKey + "'.");
            } else {
                remember(newScenes, sceneKey, sequenceKey, row, SCENE, SCENE_TITLE, rowErrors);
            }
        }
        String key = row.get(SHOT);
        Shot existing = key == null ? null : shotsByKey.get(key);
        if (key != null) {
            Integer earlier = keyLines.putIfAbsent(key, row.line());
            if (earlier != null) {
                rowErrors.put(SHOT, "shot '" + key + "' is on line " + earlier + " already; a shot is one row.");
            } else if (existing == null) {
                checkKey(key, SHOT, rowErrors);
                takenKeys.add(key);
            }
        }
        Shot values = values(row, rowErrors);
        rowErrors.forEach((column, message) -> errors.add(new ShotCsv.Error(row.line(), column, message)));
        if (rowErrors.isEmpty()) {
            planned.add(new Planned(row, existing, key, sceneKey, sequenceKey, values));
        }
    }

    /** A transient shot with the row's values, checked as the entity's constraints say. */
    private Shot values(ShotCsv.Row row, Map<String, String> rowErrors) {
        Shot shot = new Shot();
        shot.key = "checked-by-column";
        shot.kind = choice(ShotKind.class, KIND, row, rowErrors);
        if (row.get(KIND) == null) {
            rowErrors.put(KIND, "is required: one of " + codes(ShotKind.class) + ".");
        }
        shot.description = row.get(DESCRIPTION);
        shot.audio = choice(ShotAudio.class, AUDIO, row, rowErrors);
        shot.framing = choice(Framing.class, FRAMING, row, rowErrors);
        shot.movement = choice(CameraMovement.class, MOVEMENT, row, rowErrors);
        shot.seconds = seconds(row.get(SECONDS), rowErrors);
        shot.location = reference(locations, LOCATION, "location", row, rowErrors);
        shot.person = reference(people, INTERVIEWEE, "person", row, rowErrors);
        shot.source = reference(sources, SOURCE, "source", row, rowErrors);
        ShotStatus status = choice(ShotStatus.class, STATUS, row, rowErrors);
        shot.status = status == null ? ShotStatus.PLANNED : status;
        shot.notes = row.get(NOTES);
        for (ConstraintViolation<Shot> violation : validator.validate(shot)) {
            String property = violation.getPropertyPath().toString();
            String column = switch (property) {
                case "person" -> INTERVIEWEE;
                case "key" -> SHOT;
                default -> property;
            };
            rowErrors.putIfAbsent(column, violation.getMessage() + ".");
        }
        return shot;
    }

    /** Seconds (90) or minutes:seconds (1:30), read as the forms read them. */
    static Integer seconds(String text, Map<String, String> rowErrors) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            rowErrors.put(SECONDS, e.getMessage() + ", not '" + text + "'.");
            return null;
        }
    }

    private void remember(Map<String, New> news, String key, String sequenceKey, ShotCsv.Row row, String column,
            String titleColumn, Map<String, String> rowErrors) {
        if (!news.containsKey(key) && !checkKey(key, column, rowErrors)) {
            return;
        }
        New thing = news.computeIfAbsent(key, k -> new New(k, sequenceKey, row.line()));
        String title = row.get(titleColumn);
        if (title == null) {
            return;
        }
        if (thing.title == null) {
            Class<?> type = column.equals(SEQUENCE) ? Sequence.class : Scene.class;
            @SuppressWarnings({ "unchecked", "rawtypes" })
            Set<ConstraintViolation<?>> violations = (Set) validator.validateValue(type, "title", title);
            if (violations.isEmpty()) {
                thing.title = title;
            } else {
                rowErrors.put(titleColumn, violations.iterator().next().getMessage() + ".");
            }
        } else if (!thing.title.equals(title)) {
            rowErrors.put(titleColumn, "differs from the title of the new " + column + " '" + key + "' on line "
                    + thing.line + " (\"" + thing.title + "\").");
        }
    }

    private void checkTitles(Map<String, New> news, String column, String titleColumn) {
        for (New thing : news.values()) {
            if (thing.title == null) {
                errors.add(new ShotCsv.Error(thing.line, titleColumn, "is required: the film has no " + column
                        + " '" + thing.key + "', so this row creates it and must give its title."));
            }
        }
    }

    private static boolean checkKey(String key, String column, Map<String, String> rowErrors) {
        if (!key.matches(Film.SLUG)) {
            rowErrors.put(column, "'" + key + "' is not a key: lower-case letters and digits joined by hyphens,"
                    + " like orenburg-arrival-3.");
            return false;
        }
        if (key.length() > KEY_LENGTH) {
            rowErrors.put(column, "a key has at most " + KEY_LENGTH + " characters.");
            return false;
        }
        return true;
    }

    private static <E extends Enum<E> & Labelled> E choice(Class<E> type, String column, ShotCsv.Row row,
            Map<String, String> rowErrors) {
        String code = row.get(column);
        if (code == null) {
            return null;
        }
        E value = Labelled.find(type, code.toLowerCase(Locale.ROOT)).orElse(null);
        if (value == null) {
            rowErrors.put(column, Labelled.notOneOf(type, code) + ".");
        }
        return value;
    }

    private static <T> T reference(Map<String, T> byKey, String column, String what, ShotCsv.Row row,
            Map<String, String> rowErrors) {
        String key = row.get(column);
        if (key == null) {
            return null;
        }
        T found = byKey.get(key);
        if (found == null) {
            rowErrors.put(column, "this film has no " + what + " with the key '" + key + "'.");
        }
        return found;
    }

    private static <E extends Enum<E> & Labelled> String codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
    }

    private static <T> Map<String, T> byKey(List<T> things, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        things.forEach(t -> map.put(key.apply(t), t));
        return map;
    }
}
