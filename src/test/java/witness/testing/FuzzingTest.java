package witness.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz tests' property fails on what it should: any other exception, a refusal that says nothing. */
class FuzzingTest {
    static class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }

    @Test
    void aResultOrARefusalWithAMessagePasses() {
        assertThatCode(() -> Fuzzing.readsOrRefuses(Refusal.class, e -> List.of(e.getMessage()), () -> { }))
                .doesNotThrowAnyException();
        assertThatCode(() -> Fuzzing.readsOrRefuses(Refusal.class, e -> List.of(e.getMessage()), () -> {
            throw new Refusal("line 3: bad timecode");
        })).doesNotThrowAnyException();
    }

    @Test
    void anyOtherExceptionIsAFinding() {
        assertThatThrownBy(() -> Fuzzing.readsOrRefuses(Refusal.class, e -> List.of(e.getMessage()), () -> {
            throw new NullPointerException();
        })).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRefusalThatSaysNothingIsAFinding() {
        assertThatThrownBy(() -> Fuzzing.readsOrRefuses(Refusal.class, e -> List.of(" "), () -> {
            throw new Refusal("The file was refused.");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("says what is wrong");
        assertThatThrownBy(() -> Fuzzing.readsOrRefuses(Refusal.class, e -> List.of("x"), () -> {
            throw new Refusal(null);
        })).isInstanceOf(AssertionError.class).hasMessageContaining("without a message");
    }
}
