package witness.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The things of one kind a dossier defines, by key, for resolving references to them. */
final class DossierKeys<T> {
    /** Where a key is written: a file and the JSON pointer of the field. */
    record Where(String file, String pointer) {
        Where at(String more) {
            return new Where(file, pointer + more);
        }
    }

    private final String kind;
    private final String definedIn;
    private final BiConsumer<Where, String> errors;
    private final Map<String, T> byKey = new LinkedHashMap<>();

    DossierKeys(String kind, String definedIn, BiConsumer<Where, String> errors) {
        this.kind = kind;
        this.definedIn = definedIn;
        this.errors = errors;
    }

    void define(String key, T value, Where where) {
        if (byKey.putIfAbsent(key, value) != null) {
            errors.accept(where, "the " + kind + " key '" + key + "' is used twice");
        }
    }

    /** The thing the key names, null for no key; an error when nothing has that key. */
    T find(String key, Where where) {
        if (key == null || key.isBlank()) {
            return null;
        }
        T value = byKey.get(key);
        if (value == null) {
            errors.accept(where, "no " + kind + " has the key '" + key + "' (" + kind + "s are in " + definedIn + ")");
        }
        return value;
    }

    /** Everything of this kind the dossier defines. */
    List<T> all() {
        return List.copyOf(byKey.values());
    }

    List<T> findAll(List<String> keys, Where where) {
        List<T> found = new ArrayList<>();
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                T value = find(keys.get(i), where.at("/" + i));
                if (value != null) {
                    found.add(value);
                }
            }
        }
        return found;
    }
}
