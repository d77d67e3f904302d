package witness.film;

import static org.assertj.core.api.Assertions.assertThat;
import static witness.testing.Fuzzing.lineCount;
import static witness.testing.Fuzzing.readsOrRefuses;
import static witness.testing.Fuzzing.validator;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import witness.core.Film;
import witness.location.Location;
import witness.person.Person;
import witness.source.Source;

/**
 * Any bytes imported as a shot list are checked into a plan or refused with the line and column of
 * every error, never anything else. The film is a small one held in memory: a sequence, a scene, a
 * shot, a location, a person, a source. Inputs: src/test/resources/witness/film/ShotCsvFuzzTestInputs.
 */
class ShotCsvFuzzTest {
    private static final Film FILM = new Film();
    private static final ShotCsvPlan.Existing EXISTING = existing();

    @FuzzTest(maxDuration = "2m")
    void anyFileIsPlannedOrRefusedByLineAndColumn(byte[] file) {
        readsOrRefuses(ShotCsv.Refused.class, e -> e.errors.stream().map(error -> {
            assertThat(error.row()).as(error.toString()).isBetween(1, lineCount(file));
            return error.message();
        }).toList(), () -> {
            ShotCsvPlan plan = ShotCsvPlan.check(FILM, EXISTING, ShotCsv.read(file), validator());
            assertThat(plan.planned).allSatisfy(row -> {
                assertThat(row.sceneKey()).matches(Film.SLUG);
                assertThat(row.values().kind).isNotNull();
            });
        });
    }

    private static ShotCsvPlan.Existing existing() {
        FILM.slug = "fuzz";
        FILM.title = "Fuzz";
        Sequence sequence = new Sequence();
        sequence.film = FILM;
        sequence.key = "orenburg";
        sequence.title = "Orenburg exile";
        sequence.position = 1;
        Scene scene = new Scene();
        scene.sequence = sequence;
        scene.key = "orenburg-arrest";
        scene.title = "The arrest";
        scene.status = SceneStatus.DRAFT;
        scene.position = 1;
        Shot shot = new Shot();
        shot.scene = scene;
        shot.key = "orenburg-arrest-1";
        shot.kind = ShotKind.INTERVIEW;
        shot.status = ShotStatus.PLANNED;
        shot.position = 1;
        Location location = new Location();
        location.key = "orenburg-station";
        Person person = new Person();
        person.key = "vlady";
        Source source = new Source();
        source.key = "memoirs";
        return new ShotCsvPlan.Existing(List.of(sequence), List.of(scene), List.of(shot), List.of(location),
                List.of(person), List.of(source));
    }
}
