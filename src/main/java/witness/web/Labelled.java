package witness.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enumerated value as people and dossier files write it: {@code ARCHIVE_PHOTOGRAPH} is
 * {@code archive-photograph} in a file and "archive photograph" on a page.
 */
public interface Labelled {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The value a URL or form names by its code, null for none; a 400 naming the field otherwise. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return find(type, code).orElseThrow(() -> new BadRequest(field, notOneOf(type, code)));
    }

    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.code().equals(code)).findFirst();
    }

    /** 'hologram' is not one of: interview, archive-film, … */
    static <E extends Enum<E> & Labelled> String notOneOf(Class<E> type, String code) {
        return notOneOf(type.getEnumConstants(), code);
    }

    static String notOneOf(Labelled[] choices, String code) {
        return "'" + code + "' is not one of: " + Arrays.stream(choices).map(Labelled::code)
                .collect(Collectors.joining(", "));
    }

    /** The value of a code ({@link Code} says when it is not one); null for none or an unknown one. */
    static <E extends Enum<E> & Labelled> E of(Class<E> type, String code) {
        return code == null ? null : find(type, code).orElse(null);
    }
}
