package witness.testing;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Function;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * The property every importer's fuzz test checks: whatever the bytes, the parser either reads them
 * or refuses them with its own exception and a message a person can act on. Any other exception
 * (NullPointerException, IndexOutOfBounds, NumberFormatException, StackOverflowError…) escapes and
 * is a finding.
 */
public final class Fuzzing {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Fuzzing() {
    }

    /**
     * Runs the parse; a refusal of the given type passes when its message and every message of its
     * errors (from {@code errors}) say something.
     */
    public static <E extends RuntimeException> void readsOrRefuses(Class<E> refusal,
            Function<E, Collection<String>> errors, Runnable parse) {
        try {
            parse.run();
        } catch (RuntimeException e) {
            if (!refusal.isInstance(e)) {
                throw e;
            }
            E refused = refusal.cast(e);
            if (blank(refused.getMessage())) {
                throw new AssertionError("a refusal without a message", e);
            }
            Collection<String> messages = errors.apply(refused);
            if (messages.isEmpty() || messages.stream().anyMatch(Fuzzing::blank)) {
                throw new AssertionError("a refusal without an error that says what is wrong: " + messages, e);
            }
        }
    }

    /** The first byte of an input chooses among {@code choices} ('0' the first, '1' the second…); the rest is the file. */
    public static int choice(byte[] input, int choices) {
        return input.length == 0 ? 0 : Math.floorMod((input[0] & 0xff) - '0', choices);
    }

    public static byte[] rest(byte[] input) {
        return input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    }

    /** A validator as the app's: the entities' and records' constraints, no database behind it. */
    public static Validator validator() {
        return VALIDATOR;
    }

    /** The lines of a file as the parsers count them: CRLF, LF and a lone CR each end one. */
    public static int lineCount(byte[] file) {
        int lines = 1;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n' || file[i] == '\r' && (i + 1 == file.length || file[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
