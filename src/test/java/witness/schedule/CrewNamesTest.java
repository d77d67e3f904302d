package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The free-text crew of the days before calls, read against the film's people. */
class CrewNamesTest {
    static final List<CrewNames.Named> PEOPLE = List.of(
            new CrewNames.Named(1, "Vlady Kibalchich", List.of("Vladimir Kibalchich", "Vlady")),
            new CrewNames.Named(2, "Jeannine Kibalchich", List.of()),
            new CrewNames.Named(3, "Ana Camargo", List.of()),
            new CrewNames.Named(4, "Ana  Camargo", List.of()));

    @Test
    void aLineThatIsSomeonesNameOrOtherNameCallsThemOnceAndTheRestIsKeptInTheNotes() {
        CrewNames.Read read = CrewNames.read(List.of(" vlady ", "Director", "jeannine kibalchich", "",
                "Vladimir  Kibalchich", "Mexican fixer"), PEOPLE);
        assertThat(read.called()).containsExactly(1L, 2L);
        assertThat(read.unnamed()).containsExactly("Director", "Mexican fixer");
        assertThat(CrewNames.withNote("Release form to be signed.", read))
                .isEqualTo("Release form to be signed.\nCrew as written before calls: Director, Mexican fixer.");
        assertThat(CrewNames.withNote(null, read)).isEqualTo("Crew as written before calls: Director, Mexican fixer.");
    }

    @Test
    void aNameTwoPeopleShareCallsNeitherAndEveryLineNamingSomeoneLeavesTheNotesAlone() {
        CrewNames.Read shared = CrewNames.read(List.of("Ana Camargo"), PEOPLE);
        assertThat(shared.called()).isEmpty();
        assertThat(shared.unnamed()).containsExactly("Ana Camargo");
        CrewNames.Read all = CrewNames.read(List.of("Vlady"), PEOPLE);
        assertThat(CrewNames.withNote("As planned.", all)).isEqualTo("As planned.");
        assertThat(all.note()).isNull();
    }
}
