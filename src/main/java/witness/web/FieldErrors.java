package witness.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the messages of a form or request field by field, then refuses it all at once. */
public class FieldErrors {
    private static final Pattern LIST_ITEM = Pattern.compile("(\\w+)\\[(\\d+)].*");
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /**
     * Adds Hibernate Validator's message for each constrained property of the object. A fault in an item of a
     * list field (followUps[1].text) is reported on the list's field, naming the item, counting from 1.
     */
    public <T> FieldErrors validate(Validator validator, T object) {
        for (ConstraintViolation<T> violation : validator.validate(object)) {
            String path = violation.getPropertyPath().toString();
            Matcher item = LIST_ITEM.matcher(path);
            if (item.matches()) {
                add(item.group(1), "item " + (Integer.parseInt(item.group(2)) + 1) + ": " + violation.getMessage());
            } else {
                add(path, violation.getMessage());
            }
        }
        return this;
    }

    /** Throws {@link Invalid} when any field is at fault. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    /**
     * The items the keys name, each found by {@code find}; for a key that finds none, a message on the field naming
     * it ("this film has no person with the key 'x'"), and the item left out.
     */
    public <T> List<T> linked(String field, List<String> keys, Function<String, Optional<T>> find) {
        return keys.stream().map(key -> find.apply(key).orElseGet(() -> {
            add(field, "this film has no " + field + " with the key '" + key + "'");
            return null;
        })).filter(Objects::nonNull).toList();
    }

    /** The value of a labelled choice, or null and an error naming the field when the code is unknown. */
    public <E extends Enum<E> & Labelled> E choice(Class<E> type, String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        E value = Labelled.find(type, code).orElse(null);
        if (value == null) {
            add(field, Labelled.notOneOf(type, code));
        }
        return value;
    }
}
