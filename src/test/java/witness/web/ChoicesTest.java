package witness.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a long list's search box means when the form comes back: the one item its words find, or why not. */
class ChoicesTest {
    private static final String[] SOURCES = { "source", "sources" };
    private static final List<String> TITLES = List.of("memoirs-of-a-revolutionary", "the-case-of-comrade-tulayev",
            "memoirs-of-a-bolshevik");

    /** The keys whose words hold every term, as the database would find them. */
    private static final Function<List<String>, List<String>> MATCHING = terms -> TITLES.stream()
            .filter(key -> terms.stream().allMatch(key::contains)).toList();

    @Test
    void theKeyChosenInTheListWinsOverTheWordsTyped() {
        FieldErrors errors = new FieldErrors();
        assertThat(Choices.chosen("source", "the-case-of-comrade-tulayev", "memoirs", SOURCES, MATCHING, errors))
                .isEqualTo("the-case-of-comrade-tulayev");
        assertThat(errors.has("source")).isFalse();
    }

    @Test
    void wordsThatFindOneItemChooseIt() {
        FieldErrors errors = new FieldErrors();
        assertThat(Choices.chosen("source", "", "Révolutionary", SOURCES, MATCHING, errors))
                .as("accents and case aside").isEqualTo("memoirs-of-a-revolutionary");
        assertThat(errors.has("source")).isFalse();
    }

    @Test
    void wordsThatFindNoneOrSeveralLeaveAMessageOnTheField() {
        FieldErrors none = new FieldErrors();
        assertThat(Choices.chosen("source", "", "trotsky", SOURCES, MATCHING, none)).isEmpty();
        assertThatMessage(none, "no source of this film matches 'trotsky'");

        FieldErrors several = new FieldErrors();
        Choices.chosen("source", null, " memoirs ", SOURCES, MATCHING, several);
        assertThatMessage(several, "'memoirs' matches 2 sources: choose one in the list");

        FieldErrors many = new FieldErrors();
        Choices.chosen("source", null, "a", SOURCES,
                terms -> IntStream.rangeClosed(0, Choices.FOUND_AT_MOST).mapToObj(i -> "key-" + i).toList(), many);
        assertThatMessage(many, "'a' matches more than 20 sources: choose one in the list");
    }

    @Test
    void aListOfSeveralAddsTheOneItemItsWordsFindToThosePicked() {
        FieldErrors errors = new FieldErrors();
        assertThat(Choices.picked("source", List.of("the-case-of-comrade-tulayev"), "bolshevik", SOURCES, MATCHING,
                errors)).containsExactly("the-case-of-comrade-tulayev", "memoirs-of-a-bolshevik");
        assertThat(Choices.picked("source", List.of("memoirs-of-a-bolshevik"), "bolshevik", SOURCES, MATCHING,
                errors)).as("not twice").containsExactly("memoirs-of-a-bolshevik");
        assertThat(Choices.picked("source", List.of("memoirs-of-a-bolshevik"), "", SOURCES, MATCHING, errors))
                .containsExactly("memoirs-of-a-bolshevik");
        assertThat(Choices.picked("source", List.of("memoirs-of-a-bolshevik"), "memoirs", SOURCES, MATCHING,
                errors)).as("the words found several, of which the one picked").containsExactly("memoirs-of-a-bolshevik");
        assertThat(errors.has("source")).isFalse();

        FieldErrors several = new FieldErrors();
        assertThat(Choices.picked("source", List.of("the-case-of-comrade-tulayev"), "memoirs", SOURCES, MATCHING,
                several)).containsExactly("the-case-of-comrade-tulayev");
        assertThatMessage(several, "'memoirs' matches 2 sources: choose one in the list");
    }

    @Test
    void theListsFirstOptionSaysHowManyTheWordsFound() {
        assertThat(Choices.blank(List.of(), 0, SOURCES)).isEqualTo("— none —");
        assertThat(Choices.blank(List.of("x"), 0, SOURCES)).isEqualTo("— no source matches —");
        assertThat(Choices.blank(List.of("x"), 1, SOURCES)).isEqualTo("— none —");
        assertThat(Choices.blank(List.of("x"), 3, SOURCES)).isEqualTo("— 3 sources match —");
        assertThat(Choices.blank(List.of("x"), 21, SOURCES)).isEqualTo("— more than 20 match: type more words —");
        assertThat(Choices.searched(Choices.LISTED_AT_MOST)).isFalse();
        assertThat(Choices.searched(Choices.LISTED_AT_MOST + 1)).isTrue();
    }

    private static void assertThatMessage(FieldErrors errors, String message) {
        try {
            errors.check();
        } catch (Invalid e) {
            assertThat(e.errors).containsEntry("source", message);
            return;
        }
        throw new AssertionError("no message on the field");
    }
}
