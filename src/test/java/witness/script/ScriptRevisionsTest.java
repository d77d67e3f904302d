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
        assertThat(title.select(".revision").text()).isEqualTo("Second draft: " + MARK);
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
                .containsEntry("Director", "Jean Rière").containsEntry("Revision", "Second draft: " + MARK + ", issued by Marta Ruiz")
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

    @Test
    void finalDraftPrintsOmittedItemsLockedNumbersAndTheCredits() throws Exception {
        org.w3c.dom.Document doc = xml(bytes(fdx, locked(revision(Set.of(), false))));

        List<String[]> content = paragraphs((org.w3c.dom.Element) doc.getElementsByTagName("Content").item(0));
        assertThat(content.stream().filter(p -> p[0].equals("Scene Heading")).map(p -> p[1] + " " + p[2]
                .split(" \u2014 ")[0])).containsExactly("1.1 The last taxi ride", "2.3A The deportation order",
                        "2.4 OMITTED", "3.2 Coyoac\u00e1n");
        assertThat(content.stream().filter(p -> p[0].equals("General") && p[2].startsWith("Sequence "))
                .map(p -> p[2])).containsExactly("Sequence 1: Prologue", "Sequence 2: Orenburg exile",
                        "Sequence 2A: OMITTED", "Sequence 3: Mexico");
        List<String> texts = content.stream().map(p -> p[2]).toList();
        assertThat(texts).contains("3.2.4A \u2014 archive film, 10 s", "3.2.5 OMITTED");
        assertThat(texts.indexOf("3.2.5 OMITTED")).isGreaterThan(texts.indexOf("3.2.4A \u2014 archive film, 10 s"));
        assertThat(content).anyMatch(p -> p[0].equals("Action") && p[2].equals("3.2.5 OMITTED"));
        // the omitted scene is its heading alone: the sequence's title comes next
        int omitted = texts.indexOf("OMITTED");
        assertThat(texts.get(omitted + 1)).isEqualTo("Sequence 2A: OMITTED");
        List<String> title = paragraphs((org.w3c.dom.Element) ((org.w3c.dom.Element) doc
                .getElementsByTagName("TitlePage").item(0)).getElementsByTagName("Content").item(0))
                .stream().map(p -> p[2]).toList();
        assertThat(title).contains("Written by Anna Reyes", "Production company: Kibalchich Films",
                "Producer: Marta Ruiz", "Director: Jean Ri\u00e8re", "Second draft: " + MARK + ", issued by Marta Ruiz",
                "Kibalchich Films", "12 rue des Cascades, Paris");
        // the first draft marks nothing
        assertThat(doc.getElementsByTagName("Revisions").getLength()).isZero();
        assertThat(new String(bytes(fdx, locked(revision(Set.of(), false))), StandardCharsets.UTF_8))
                .doesNotContain("RevisionID");
    }

    @Test
    void finalDraftDeclaresTheRevisionAndMarksTheChangedParagraphs() throws Exception {
        ShootingScript script = locked(null);
        ScriptScene taxi = script.sequences().get(0).scenes().get(0);
        ScriptScene deportation = script.sequences().get(1).scenes().get(0);
        org.w3c.dom.Document doc = xml(bytes(fdx, locked(revision(Set.of(ShootingScript.place(taxi, 1),
                ShootingScript.heading(deportation)), false))));

        org.w3c.dom.Element revisions = (org.w3c.dom.Element) doc.getElementsByTagName("Revisions").item(0);
        assertThat(revisions.getAttribute("ActiveSet")).isEqualTo("2");
        assertThat(revisions.getAttribute("RevisionMode")).isEqualTo("OffRevisionMode");
        org.w3c.dom.Element blue = (org.w3c.dom.Element) revisions.getElementsByTagName("Revision").item(0);
        assertThat(blue.getAttribute("ID")).isEqualTo("2");
        assertThat(blue.getAttribute("Mark")).isEqualTo("*");
        assertThat(blue.getAttribute("Name")).isEqualTo("Blue Rev.");
        assertThat(blue.getAttribute("PageColor")).isEqualTo("#CFE3FF");
        List<String> marked = new ArrayList<>();
        org.w3c.dom.NodeList texts = doc.getElementsByTagName("Text");
        for (int i = 0; i < texts.getLength(); i++) {
            org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(i);
            if (text.hasAttribute("RevisionID")) {
                assertThat(text.getAttribute("RevisionID")).isEqualTo("2");
                marked.add(text.getTextContent());
            }
        }
        // the second row of the taxi ride (its shot, description and narration), and the heading of 2.3A
        assertThat(marked).containsExactly("1.1.2 \u2014 archive film, 10 s", "What the camera sees, shot 2.",
                "NARRATOR (V.O.)", "Words over shot 2.", "The deportation order");
        org.w3c.dom.Element heading = (org.w3c.dom.Element) texts.item(indexOf(texts, "The deportation order"))
                .getParentNode();
        assertThat(heading.getAttribute("Number")).isEqualTo("2.3A");
    }

    @Test
    void pdfHeadsOnlyThePagesWithAChangeWithTheRevision() throws IOException {
        ShootingScript script = long_(null);
        ScriptScene late = script.sequences().get(0).scenes().get(10);
        String changed = "1.11.3";
        script = long_(revision(Set.of(ShootingScript.place(late, 2)), false));

        List<String> pages = pages(bytes(pdf, script));

        assertThat(pages).hasSizeGreaterThan(5);
        assertThat(pages.get(0)).contains(MARK);
        List<Integer> headed = headed(pages);
        assertThat(headed).hasSize(1);
        String page = pages.get(headed.get(0));
        assertThat(headed.get(0)).isGreaterThan(3);
        assertThat(page).contains(changed + " ", "*").startsWith(MARK);
        assertThat(pages.subList(1, pages.size())).filteredOn(p -> !p.startsWith(MARK))
                .noneMatch(p -> p.contains("*"));
        // an ordinary export of the same script heads no page and has no margin marks
        assertThat(pages(bytes(pdf, long_(null)))).noneMatch(p -> p.contains(MARK) || p.contains("*"));
    }

    @Test
    void pdfOfTheRevisedPagesOnlyKeepsTheirNumbersInTheWhole() throws IOException {
        ShootingScript whole = long_(null);
        Set<String> changed = Set.of(ShootingScript.place(whole.sequences().get(0).scenes().get(2), 0),
                ShootingScript.heading(whole.sequences().get(0).scenes().get(11)));
        List<String> all = pages(bytes(pdf, long_(revision(changed, false))));
        // the changed heading is repeated at the top of the pages its scene goes on to, with its mark
        List<Integer> headed = headed(all);
        assertThat(headed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(all).filteredOn(p -> p.contains("*")).hasSize(headed.size());

        List<String> revised = pages(bytes(pdf, long_(revision(changed, true))));

        assertThat(revised).hasSize(headed.size() + 1);
        assertThat(revised.get(0)).contains("The Witness", MARK);
        for (int i = 0; i < headed.size(); i++) {
            String number = "Page " + (headed.get(i) + 1) + " of " + all.size();
            assertThat(revised.get(i + 1)).startsWith(MARK).contains(number);
        }
        // a draft whose pages did not change: the title page alone
        assertThat(pages(bytes(pdf, long_(revision(Set.of(), true))))).hasSize(1);
    }

    @Test
    void pdfPrintsOmittedItemsWithTheirNumbers() throws IOException {
        String text = String.join(" ", pages(bytes(pdf, locked(null)))).replaceAll("\\s+", " ");

        assertThat(text).contains("2A OMITTED", "2.4 OMITTED", "3.2.5 OMITTED", "2.3A The deportation order",
                "3.2.4A", "Kibalchich Films", "Jean Rière");
    }

    /** The indexes of the pages headed with the revision. */
    private static List<Integer> headed(List<String> pages) {
        List<Integer> headed = new ArrayList<>();
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i).startsWith(MARK)) {
                headed.add(i);
            }
        }
        return headed;
    }

    /** The text of each page. */
    private static List<String> pages(byte[] file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).strip());
            }
            return pages;
        }
    }

    /** A sequence of fourteen scenes of six rows: a dozen pages or so. */
    static ShootingScript long_(Revision revision) {
        Sequence sequence = sequence(1, null, "Prologue");
        List<ScriptScene> scenes = new ArrayList<>();
        for (int s = 1; s <= 14; s++) {
            Scene scene = scene(sequence, s, null, "Scene " + s);
            Row[] rows = new Row[6];
            for (int r = 0; r < rows.length; r++) {
                Shot shot = shot(scene, r + 1, null, ShotKind.LOCATION);
                shot.description = "A long description of what the camera sees. ".repeat(6);
                rows[r] = new Row(shot, List.of(new Narration("Words over the shot, spoken slowly. ".repeat(8))),
                        List.of());
            }
            scenes.add(scene(scene, rows));
        }
        return new ShootingScript(film(), ScriptOptions.whole(), ISSUED, List.of(new Part(sequence, scenes)), 600,
                revision);
    }

    private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));
    }

    /** The Paragraph children of a Content: type, Number and the text of their last Text. */
    private static List<String[]> paragraphs(org.w3c.dom.Element content) {
        List<String[]> paragraphs = new ArrayList<>();
        org.w3c.dom.NodeList children = content.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof org.w3c.dom.Element p && p.getTagName().equals("Paragraph")) {
                org.w3c.dom.NodeList texts = p.getElementsByTagName("Text");
                paragraphs.add(new String[] {p.getAttribute("Type"), p.getAttribute("Number"),
                        texts.item(texts.getLength() - 1).getTextContent()});
            }
        }
        return paragraphs;
    }

    private static int indexOf(org.w3c.dom.NodeList texts, String text) {
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no text " + text);
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
