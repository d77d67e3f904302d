package witness.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import witness.script.DraftComparison.SceneChange;
import witness.script.DraftComparison.ShotChange;
import witness.script.DraftComparison.Words;
import witness.script.DraftSnapshot.AudioEntry;
import witness.script.DraftSnapshot.RowEntry;
import witness.script.DraftSnapshot.SceneEntry;
import witness.script.DraftSnapshot.SequenceEntry;

/** Two drafts made by hand, and what changed between them. */
class DraftComparisonTest {

    private static final String VLADY = "Vlady Kibalchich";

    private static final DraftSnapshot FIRST = draft(
            sequence("prologue", "1", "Prologue",
                    scene("taxi", "1.1", "A death in a taxi", 60,
                            shot("taxi-1", "1.1.1", "A taxi in the rain on Avenida Insurgentes",
                                    narration("Serge died in a taxi in November 1947."))),
                    scene("funeral", "1.2", "The funeral", 30, shot("funeral-1", "1.2.1", "The cemetery"))),
            sequence("orenburg", "2", "Orenburg exile",
                    scene("arrest", "2.1", "Arrest, 1933", 150,
                            shot("arrest-1", "2.1.1", "A Leningrad courtyard; slow tilt up the façade",
                                    narration("There followed five years of resistance waged by a solitary man.")),
                            shot("arrest-2", "2.1.2", "The stairwell",
                                    narration("In 1933 Serge was arrested again.")),
                            shot("arrest-4", "2.1.3", "Vlady in his studio", bite(VLADY, "They came for my father"
                                    + " in the spring, at night."))),
                    scene("exile", "2.2", "Exile", 90, shot("exile-1", "2.2.1", "The steppe")),
                    scene("release", "2.3", "Release", 45, shot("release-1", "2.3.1", "A train leaves"))));

    private static final DraftSnapshot SECOND = draft(
            sequence("prologue", "1", "Prologue",
                    scene("taxi", "1.1", "A death in a taxi", 60,
                            shot("taxi-1", "1.1.1", "A taxi in the night on Avenida Insurgentes",
                                    narration("Serge died in a taxi in November 1947."))),
                    scene("exile", "1.1A", "Exile", 90, shot("exile-1", "1.1A.1", "The steppe")),
                    omittedScene("1.2")),
            sequence("orenburg", "2", "Orenburg exile",
                    scene("arrest", "2.1", "The arrest, 1933", 195,
                            shot("arrest-1", "2.1.1", "A Leningrad courtyard; slow tilt up the façade",
                                    narration("There followed six years of resistance waged by one man.")),
                            omittedShot("2.1.2"),
                            shot("arrest-3", "2.1.2A", "Papers on a desk",
                                    narration("In 1933 Serge was arrested again."),
                                    narration("He was sentenced to three years in Orenburg.")),
                            shot("arrest-4", "2.1.3", "Vlady in his studio", bite(VLADY, "They came for my father"
                                    + " in the winter, at night.")),
                            shot("release-1", "2.1.4", "A train leaves")),
                    scene("release", "2.2", "Release", 45),
                    scene("border", "2.2A", "The search at the border", 45,
                            shot("border-1", "2.2A.1", "Customs officers open the trunks"))));

    private final DraftComparison comparison = DraftComparison.of(FIRST, SECOND);

    @Test
    void scenesAddedOmittedMovedAndRenumbered() {
        assertThat(comparison.scenesAdded()).extracting(SceneChange::key).containsExactly("border");
        assertThat(comparison.scenesOmitted()).extracting(SceneChange::key).containsExactly("funeral");
        assertThat(comparison.scenesOmitted().get(0).number()).isEqualTo("1.2");
        assertThat(comparison.scenesMoved()).extracting(SceneChange::key).containsExactly("exile");
        SceneChange exile = comparison.scene("exile");
        assertThat(exile.changedSequence()).isTrue();
        assertThat(exile.inSequenceBefore()).isEqualTo("2 Orenburg exile");
        assertThat(exile.inSequenceAfter()).isEqualTo("1 Prologue");
        assertThat(comparison.scenesRenumbered()).extracting(SceneChange::key, SceneChange::numberBefore,
                SceneChange::numberAfter).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("exile", "2.2", "1.1A"),
                        org.assertj.core.groups.Tuple.tuple("release", "2.3", "2.2"));
        assertThat(comparison.scene("release").moved()).as("the scene before it left; it kept its place").isFalse();
        assertThat(comparison.scene("taxi").moved()).isFalse();
        assertThat(comparison.sequences()).isEmpty();
    }

    @Test
    void shotsAddedOmittedMovedAndRenumbered() {
        assertThat(comparison.shotsAdded()).extracting(ShotChange::key).containsExactly("arrest-3", "border-1");
        assertThat(comparison.shotsOmitted()).extracting(ShotChange::key).containsExactly("arrest-2", "funeral-1");
        assertThat(comparison.shotsMoved()).extracting(ShotChange::key).containsExactly("release-1");
        ShotChange release = comparison.shotsMoved().get(0);
        assertThat(release.changedScene()).isTrue();
        assertThat(release.inSceneBefore()).isEqualTo("2.3 Release");
        assertThat(release.sceneAfter()).isEqualTo("arrest");
        assertThat(comparison.shotsRenumbered()).extracting(ShotChange::key).containsExactly("exile-1", "release-1");
        assertThat(comparison.scene("arrest").shots()).extracting(ShotChange::key)
                .as("the arrest's own changes, in its order, then the shot it lost")
                .containsExactly("arrest-3", "release-1", "arrest-2");
    }

    @Test
    void aSceneOrShotOutOfItsOldOrderMovesButOnesMerelyShiftedDoNot() {
        DraftSnapshot before = draft(sequence("q", "1", "Q", scene("x", "1.1", "X", 10,
                shot("x1", "1.1.1", "one"), shot("x2", "1.1.2", "two"), shot("x3", "1.1.3", "three")),
                scene("y", "1.2", "Y", 10), scene("z", "1.3", "Z", 10)));
        DraftSnapshot after = draft(sequence("q", "1", "Q", scene("new", "1.0", "New", 10),
                scene("z", "1.3", "Z", 10), scene("x", "1.1", "X", 10,
                        shot("x0", "1.1.0", "zero"), shot("x3", "1.1.3", "three"), shot("x1", "1.1.1", "one"),
                        shot("x2", "1.1.2", "two")),
                scene("y", "1.2", "Y", 10)));

        DraftComparison c = DraftComparison.of(before, after);

        assertThat(c.scenesMoved()).extracting(SceneChange::key).containsExactly("z");
        assertThat(c.scene("z").changedSequence()).isFalse();
        assertThat(c.shotsMoved()).extracting(ShotChange::key).containsExactly("x3");
        assertThat(c.scenesRenumbered()).isEmpty();
    }

    @Test
    void aChangedNarrationParagraphIsMarkedWordByWordAndANewOneWhole() {
        List<Words> narration = comparison.scene("arrest").narration();

        assertThat(narration).hasSize(2);
        Words changed = narration.get(0);
        assertThat(changed.removed()).containsExactly("five", "a solitary");
        assertThat(changed.inserted()).containsExactly("six", "one");
        assertThat(changed.before()).isEqualTo("There followed five years of resistance waged by a solitary man.");
        assertThat(changed.after()).isEqualTo("There followed six years of resistance waged by one man.");
        assertThat(changed.html()).isEqualTo("There followed <del>five</del> <ins>six</ins> years of resistance waged"
                + " by <del>a solitary</del> <ins>one</ins> man.");
        assertThat(narration.get(1).allNew()).isTrue();
        assertThat(narration.get(1).html()).isEqualTo("<ins>He was sentenced to three years in Orenburg.</ins>");
        assertThat(comparison.scene("taxi").narration()).as("the same words on another shot are the same").isEmpty();
    }

    @Test
    void aChangedBiteIsMarkedWordByWordUnderItsSpeaker() {
        SceneChange arrest = comparison.scene("arrest");

        assertThat(arrest.bites()).hasSize(1);
        assertThat(arrest.bites().get(0).speaker()).isEqualTo(VLADY);
        assertThat(arrest.bites().get(0).words().html())
                .isEqualTo("They came for my father in the <del>spring,</del> <ins>winter,</ins> at night.");
    }

    @Test
    void aBiteAddedBeforeAnotherOfTheSamePersonLeavesThatOneUnchanged() {
        DraftSnapshot before = draft(sequence("q", "1", "Q", scene("s", "1.1", "S", 10,
                shot("a", "1.1.1", "A", bite(VLADY, "Second words.")))));
        DraftSnapshot after = draft(sequence("q", "1", "Q", scene("s", "1.1", "S", 10,
                shot("a", "1.1.1", "A", bite(VLADY, "First words."), bite(VLADY, "Second words.")))));

        List<DraftComparison.BiteChange> bites = DraftComparison.of(before, after).scene("s").bites();

        assertThat(bites).hasSize(1);
        assertThat(bites.get(0).words().allNew()).isTrue();
        assertThat(bites.get(0).words().after()).isEqualTo("First words.");
    }

    @Test
    void titlesAndShotDescriptionsChangedWordByWord() {
        assertThat(comparison.scene("arrest").title().html()).isEqualTo("<del>Arrest,</del> <ins>The arrest,</ins>"
                + " 1933");
        ShotChange taxi = comparison.scene("taxi").shots().get(0);
        assertThat(taxi.reworded()).isTrue();
        assertThat(taxi.moved()).isFalse();
        assertThat(taxi.description().html()).isEqualTo("A taxi in the <del>rain</del> <ins>night</ins> on Avenida"
                + " Insurgentes");
        assertThat(comparison.scenesReworded()).extracting(SceneChange::key).containsExactly("taxi", "arrest");
    }

    @Test
    void theWordsAreEscapedAndOnlyTheMarksAreHtml() {
        Words words = DraftComparison.Words.of("Fish & <b>chips</b>", "Fish & <script>alert('x')</script>");

        assertThat(words.html()).isEqualTo("Fish &amp; <del>&lt;b&gt;chips&lt;/b&gt;</del>"
                + " <ins>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</ins>");
    }

    @Test
    void theRunningTimeDiffersPerSceneAndForTheFilm() {
        assertThat(comparison.scene("arrest").time()).isEqualTo("+0:45");
        assertThat(comparison.scene("funeral").time()).isEqualTo("\u22120:30");
        assertThat(comparison.scene("border").time()).isEqualTo("+0:45");
        assertThat(comparison.scene("exile").time()).isEqualTo("0:00");
        assertThat(comparison.secondsBefore()).isEqualTo(375);
        assertThat(comparison.secondsAfter()).isEqualTo(435);
        assertThat(comparison.time()).isEqualTo("+1:00");
        assertThat(DraftComparison.signed(-70)).isEqualTo("\u22121:10");
        assertThat(DraftComparison.signed(3725)).isEqualTo("+1:02:05");
    }

    @Test
    void aDraftComparedWithAnEqualOneHasNoChange() {
        DraftComparison same = DraftComparison.of(FIRST, FIRST);

        assertThat(same.unchanged()).isTrue();
        assertThat(same.scenes()).isEmpty();
        assertThat(same.time()).isEqualTo("0:00");
    }

    @Test
    void sequencesAddedOmittedAndRetitled() {
        DraftSnapshot before = draft(sequence("a", "1", "Paris", scene("s", "1.1", "S", 10)),
                sequence("b", "2", "Moscow"));
        DraftSnapshot after = draft(sequence("a", "1", "Paris, 1936", scene("s", "1.1", "S", 10)),
                sequence("c", "2A", "Brussels"));

        List<DraftComparison.SequenceChange> sequences = DraftComparison.of(before, after).sequences();

        assertThat(sequences).extracting(DraftComparison.SequenceChange::key).containsExactly("a", "c", "b");
        assertThat(sequences.get(0).title().html()).isEqualTo("<del>Paris</del> <ins>Paris, 1936</ins>");
        assertThat(sequences.get(1).added()).isTrue();
        assertThat(sequences.get(2).omitted()).isTrue();
    }

    // ---- drafts by hand: the script's seconds are its scenes'

    private static DraftSnapshot draft(SequenceEntry... sequences) {
        int seconds = List.of(sequences).stream().flatMap(q -> q.scenes().stream()).filter(s -> !s.omitted())
                .mapToInt(SceneEntry::seconds).sum();
        return new DraftSnapshot(null, seconds, List.of(sequences));
    }

    private static SequenceEntry sequence(String key, String number, String title, SceneEntry... scenes) {
        return new SequenceEntry(key, number, title, null, false, List.of(scenes));
    }

    private static SceneEntry scene(String key, String number, String title, int seconds, RowEntry... rows) {
        return new SceneEntry(key, number, title, null, null, null, false, seconds, 0, List.of(), List.of(rows),
                List.of());
    }

    /** What a scene deleted while the numbers were locked leaves: its number, OMITTED. */
    private static SceneEntry omittedScene(String number) {
        return new SceneEntry("omitted-" + number.replace('.', '-'), number, null, null, null, null, true, 0, 0,
                List.of(), List.of(), List.of());
    }

    private static RowEntry shot(String key, String number, String description, AudioEntry... audio) {
        return new RowEntry(key, number, "LOCATION", null, null, null, "PLANNED", description, null, null, false,
                List.of(), List.of(audio));
    }

    private static RowEntry omittedShot(String number) {
        return new RowEntry(null, number, null, null, null, null, null, null, null, null, true, List.of(), List.of());
    }

    private static AudioEntry narration(String text) {
        return new AudioEntry("narration", text, null, null, null, null, false, List.of());
    }

    private static AudioEntry bite(String speaker, String text) {
        return new AudioEntry("bite", text, speaker, "00:01:00", "00:01:10", null, true, List.of());
    }
}
