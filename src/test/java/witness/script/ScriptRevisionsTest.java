package witness.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.film.ShotKind;
import witness.script.FountainReader.Script;
import witness.script.FountainReader.Type;
import witness.script.ShootingScript.Narration;
import witness.script.ShootingScript.Part;
import witness.script.ShootingScript.Revision;
import witness.script.ShootingScript.Row;
import witness.script.ShootingScript.ScriptScene;

/**
 * An issued draft in every format: locked numbers (2.3A, 3.2.4A), what was deleted under them printed as OMITTED
 * in its place, the title page's credits and revision, and the changed rows marked.
 */
@QuarkusTest
class ScriptRevisionsTest {
    static final LocalDate ISSUED = LocalDate.of(2026, 12, 7);
    static final String MARK = "Blue revision, 7 December 2026";

    @Inject ScriptHtml html;
    @Inject ScriptPdf pdf;
    @Inject FountainScript fountain;
    @Inject FinalDraftScript fdx;

    @Test
    void htmlPrintsOmittedNumbersInPlaceAndLockedNumbers() throws IOException {
        Document page = Jsoup.parse(text(html, locked(null)));

        assertThat(page.select("h2.sequence").eachText()).containsExactly("1 Prologue", "2 Orenburg exile",
                "2A OMITTED", "3 Mexico");
        assertThat(page.select("h2.omitted").eachText()).containsExactly("2A OMITTED");
        assertThat(page.select("th.heading .scene-heading").eachText()).containsExactly("1.1 The last taxi ride",
                "2.3A The deportation order", "2.4 OMITTED", "3.2 Coyoacán");
        Element omittedScene = page.selectFirst("section.scene.omitted");
        assertThat(omittedScene.id()).isEqualTo("scene-omitted-2-4");
        assertThat(omittedScene.select("tbody tr")).isEmpty();
        assertThat(page.select("td.video .shot-number").eachText()).containsExactly("1.1.1", "1.1.2", "2.3A.1",
                "3.2.4A", "3.2.5");
        Element omittedShot = page.selectFirst("tr.omitted");
        assertThat(omittedShot.selectFirst("td.video").text()).isEqualTo("3.2.5 OMITTED");
        assertThat(omittedShot.selectFirst("td.audio").text()).isEmpty();
        // an ordinary export has no margin column for marks
        assertThat(page.select(".margin, .revised")).isEmpty();
        assertThat(page.body().className()).isEqualTo("shooting-script");
    }

    @Test
    void htmlTitlePageNamesTheCreditsTheContactsAndTheDraft() throws IOException {
        Element title = Jsoup.parse(text(html, locked(revision(Set.of(), false)))).selectFirst(".title-page");

        assertThat(title.select(".production-company").text()).isEqualTo("Kibalchich Films");
        assertThat(title.select(".producer").text()).isEqualTo("Marta Ruiz");
        assertThat(title.select(".director").text()).isEqualTo("Jean Rière");
        assertThat(title.select(".writer").text()).isEqualTo("Anna Reyes");
        assertThat(title.select(".contacts").text()).isEqualTo("Kibalchich Films 12 rue des Cascades, Paris");
        assertThat(title.select(".revision").text()).isEqualTo(MARK);
        assertThat(title.select(".issued-by").text()).isEqualTo("Marta Ruiz");
    }

    @Test
    void htmlMarksChangedRowsAndHeadingsInTheRightMargin() throws IOException {
        ShootingScript script = locked(null);
        ScriptScene taxi = script.sequences().get(0).scenes().get(0);
        ScriptScene coyoacan = script.sequences().get(3).scenes().get(0);
        script = locked(revision(Set.of(ShootingScript.place(taxi, 1), ShootingScript.heading(coyoacan),
                ShootingScript.place(coyoacan, 1)), false));

        Document page = Jsoup.parse(text(html, script));

        assertThat(page.body().className()).isEqualTo("shooting-script marked");
        assertThat(page.select(".revised")).hasSize(3).allMatch(r -> r.text().equals("*"));
        assertThat(page.select("tbody tr").stream().filter(r -> !r.select(".revised").isEmpty())
                .map(r -> r.selectFirst(".shot-number").text())).containsExactly("1.1.2", "3.2.5");
        assertThat(page.select("thead tr").stream().filter(r -> !r.select(".revised").isEmpty())
                .map(r -> r.selectFirst(".scene-heading").text())).containsExactly("3.2 Coyoacán");
        // every row keeps its margin cell, so that the columns line up
        assertThat(page.select("tbody tr")).allMatch(r -> r.select("td.margin").size() == 1);
    }

    @Test
    void fountainPrintsOmittedItemsAsTheirElementsAndTheTitlePageCredits() throws IOException {
        Script script = FountainReader.read(text(fountain, locked(revision(Set.of(), false))));

        assertThat(script.texts(Type.SECTION)).containsExactly("1 Prologue", "2 Orenburg exile", "2A OMITTED",
                "3 Mexico");
        assertThat(script.of(Type.SCENE_HEADING).stream().map(e -> e.extra() + " " + e.text().split(" \u2014 ")[0]))
                .containsExactly("1.1 The last taxi ride", "2.3A The deportation order", "2.4 OMITTED",
                        "3.2 Coyoacán");
        List<String> actions = script.texts(Type.ACTION);
        assertThat(actions).contains("3.2.4A \u2014 archive film, 10 s", "3.2.5 OMITTED");
        assertThat(actions.indexOf("3.2.5 OMITTED")).isGreaterThan(actions.indexOf("3.2.4A \u2014 archive film, 10 s"));
        assertThat(script.titlePage()).containsEntry("Author", "Anna Reyes")
                .containsEntry("Production company", "Kibalchich Films").containsEntry("Producer", "Marta Ruiz")
                .containsEntry("Director", "Jean Rière").containsEntry("Revision", MARK + ", issued by Marta Ruiz")
                .containsEntry("Contact", "Kibalchich Films\n12 rue des Cascades, Paris");
    }

    @Test
    void fountainOfAnOrdinaryExportHasNoRevisionNorCredits() throws IOException {
        ShootingScript script = locked(null);
        script.film().writer = null;
        script.film().contacts = null;

        String written = text(fountain, script);

        assertThat(FountainReader.read(written).titlePage()).doesNotContainKeys("Revision", "Author", "Contact");
        assertThat(written).doesNotContain("*");
    }

    private static String text(ScriptFormat format, ShootingScript script) throws IOException {
        return new String(bytes(format, script), StandardCharsets.UTF_8);
    }

    static byte[] bytes(ScriptFormat format, ShootingScript script) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(script, out, Progress.NONE);
        return out.toByteArray();
    }

    static Revision revision(Set<String> changed, boolean revisedPagesOnly) {
        return new Revision(2, "Second draft", "Blue", ISSUED, "Marta Ruiz", changed, revisedPagesOnly);
    }

    /**
     * A film whose numbers are locked: sequence 2A and scene 2.4 were deleted, scene 2.3A and shot 3.2.4A were
     * put in after the lock, shot 3.2.5 was deleted.
     */
    static ShootingScript locked(Revision revision) {
        Film film = film();
        List<Part> parts = new ArrayList<>();
        Sequence prologue = sequence(1, null, "Prologue");
        parts.add(new Part(prologue, List.of(scene(scene(prologue, 1, null, "The last taxi ride"),
                row(shot(1, null, ShotKind.CAPTION)), row(shot(2, null, ShotKind.ARCHIVE_FILM))))));
        Sequence orenburg = sequence(2, null, "Orenburg exile");
        ScriptScene deportation = scene(scene(orenburg, 4, "2.3A", "The deportation order"),
                row(shot(1, null, ShotKind.DOCUMENT)));
        parts.add(new Part(orenburg, List.of(deportation, omittedScene(orenburg, "2.4", "The train east"))));
        Sequence cut = new Sequence();
        cut.key = "omitted-2A";
        cut.printedNumber = "2A";
        cut.title = "Brussels";
        parts.add(new Part(cut, List.of(), true));
        Sequence mexico = sequence(3, null, "Mexico");
        Scene coyoacan = scene(mexico, 2, null, "Coyoacán");
        Shot omitted = new Shot();
        omitted.printedNumber = "3.2.5";
        omitted.description = "The garden wall";
        parts.add(new Part(mexico, List.of(scene(coyoacan, row(shot(coyoacan, 4, "3.2.4A", ShotKind.ARCHIVE_FILM)),
                new Row(omitted, List.of(), List.of(), true)))));
        return new ShootingScript(film, ScriptOptions.whole(), ISSUED, parts, 60, revision);
    }

    static Film film() {
        Film film = new Film();
        film.slug = "witness-revisions";
        film.title = "The Witness";
        film.broadcaster = "Channel Four";
        film.productionCompany = "Kibalchich Films";
        film.producer = "Marta Ruiz";
        film.director = "Jean Rière";
        film.writer = "Anna Reyes";
        film.contacts = "Kibalchich Films\n12 rue des Cascades, Paris\n";
        return film;
    }

    static Sequence sequence(int position, String printed, String title) {
        Sequence sequence = new Sequence();
        sequence.key = "sequence-" + position;
        sequence.position = position;
        sequence.printedNumber = printed;
        sequence.title = title;
        return sequence;
    }

    static Scene scene(Sequence sequence, int position, String printed, String title) {
        Scene scene = new Scene();
        scene.key = sequence.key + "-scene-" + position;
        scene.sequence = sequence;
        scene.position = position;
        scene.printedNumber = printed;
        scene.title = title;
        return scene;
    }

    static ScriptScene scene(Scene scene, Row... rows) {
        for (Row row : rows) {
            if (!row.omitted() && row.shot().scene == null) {
                row.shot().scene = scene;
            }
        }
        return new ScriptScene(scene, List.of(), List.of(rows), List.of(), 10 * rows.length, 0);
    }

    static ScriptScene omittedScene(Sequence sequence, String number, String title) {
        Scene scene = new Scene();
        scene.key = "omitted-" + number.replace('.', '-');
        scene.sequence = sequence;
        scene.printedNumber = number;
        scene.title = title;
        return new ScriptScene(scene, List.of(), List.of(), List.of(), 0, 0, true);
    }

    static Shot shot(int position, String printed, ShotKind kind) {
        return shot(null, position, printed, kind);
    }

    static Shot shot(Scene scene, int position, String printed, ShotKind kind) {
        Shot shot = new Shot();
        shot.key = "shot-" + position;
        shot.scene = scene;
        shot.position = position;
        shot.printedNumber = printed;
        shot.kind = kind;
        shot.seconds = 10;
        shot.description = "What the camera sees, shot " + position + ".";
        return shot;
    }

    static Row row(Shot shot) {
        return new Row(shot, List.of(new Narration("Words over shot " + shot.position + ".")), List.of());
    }
}
