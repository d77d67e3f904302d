package witness.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import witness.core.Film;
import witness.film.Scene;
import witness.testing.SergeFilm;

@QuarkusTest
class FinalDraftScriptTest {

    @Inject
    FinalDraftScript fdx;

    /** A paragraph of the script's content: its type, its Number (scene headings) and its text. */
    record Paragraph(String type, String number, String text) {
    }

    @Test
    void isWellFormedFinalDraftXmlWithEveryNumberedSceneHeading() throws Exception {
        String slug = FountainScriptTest.edited();
        byte[] bytes = FountainScriptTest.export(fdx, slug, ScriptOptions.whole(), Progress.NONE);
        Document doc = parse(bytes);

        assertThat(new String(bytes, 0, 60, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>");
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("FinalDraft");
        assertThat(root.getAttribute("DocumentType")).isEqualTo("Script");
        assertThat(root.getAttribute("Template")).isEqualTo("No");
        assertThat(root.getAttribute("Version")).isEqualTo("5");
        List<Paragraph> content = content(doc);
        assertThat(content.stream().map(Paragraph::type).distinct()).contains("Scene Heading", "Shot", "Action",
                "Character", "Parenthetical", "Dialogue", "General");
        List<String> headings = SergeFilm.query(() -> Scene.ofFilm(Film.bySlug(slug).orElseThrow())
                .stream().map(s -> s.number() + " " + s.title).toList());
        assertThat(content.stream().filter(p -> p.type().equals("Scene Heading"))
                .map(p -> p.number() + " " + p.text().split(" \u2014 ")[0].replaceAll(" \\[\\d+\\]", "")))
                .containsExactlyElementsOf(headings);
    }

    @Test
    void shotsBitesNarrationNotesAndFootnotesHaveTheirParagraphTypes() throws Exception {
        List<Paragraph> content = content(parse(FountainScriptTest.export(fdx, FountainScriptTest.edited(),
                ScriptOptions.whole(), Progress.NONE)));

        assertThat(content).contains(new Paragraph("Shot", "", "1.1.3 \u2014 reconstruction, MCU, track, 15 s"),
                new Paragraph("Action", "", "MUSIC"), new Paragraph("Character", "", "NARRATOR (V.O.)"),
                new Paragraph("General", "", "Sequence 2: Orenburg exile (1933\u201336)"));
        int vlady = content.indexOf(new Paragraph("Character", "", "VLADY KIBALCHICH"));
        assertThat(content.subList(vlady + 1, vlady + 4)).containsExactly(
                new Paragraph("Parenthetical", "", "(00:12:30\u201300:13:05)"),
                new Paragraph("Dialogue", "", "We spent the winter at the villa."),
                new Paragraph("Dialogue", "", "Then the boat to Mexico."));
        assertThat(content).anyMatch(p -> p.type().equals("General") && p.text().startsWith("1. "))
                .anyMatch(p -> p.type().equals("General") && p.text().startsWith("Note: Period taxi"));
    }

    @Test
    void accentsAndCyrillicSurviveAndControlCharactersAreDropped() throws Exception {
        byte[] bytes = FountainScriptTest.export(fdx, FountainScriptTest.edited(), ScriptOptions.whole(),
                Progress.NONE);
        List<Paragraph> content = content(parse(bytes));

        assertThat(content).contains(new Paragraph("Action", "", "Séjourné at her desk, Виктор Серж"),
                new Paragraph("Character", "", "ХУЛИАН ГОРКИН (READ)"),
                new Paragraph("Action", "", "[[x]] <script>alert(1)</script> *not bold* /* no bone */"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\u0001", "\u0007", "\uFFFF")
                .doesNotContain("<script>");
    }

    @Test
    void titlePageNamesFilmBroadcasterVersionDateAndWatermark() throws Exception {
        ScriptOptions options = new ScriptOptions(null, List.of(), false, true, true, Watermark.DRAFT, "Fine cut");
        Document doc = parse(FountainScriptTest.export(fdx, SergeFilm.SLUG, options, Progress.NONE));

        NodeList title = doc.getElementsByTagName("TitlePage");
        assertThat(title.getLength()).isEqualTo(1);
        List<String> lines = new ArrayList<>();
        NodeList texts = ((Element) title.item(0)).getElementsByTagName("Text");
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent());
        }
        assertThat(lines).startsWith("Victor Serge \u2014 the Incomparable Witness", "Shooting script",
                "Channel Four", "Fine cut, 1 December 2026").endsWith("DRAFT");
    }

    @Test
    void optionsLeaveOutNotesAndCitations() throws Exception {
        ScriptOptions options = new ScriptOptions(null, List.of(), false, false, false, Watermark.NONE, "Draft");
        List<Paragraph> content = content(parse(FountainScriptTest.export(fdx, SergeFilm.SLUG, options,
                Progress.NONE)));

        assertThat(content).filteredOn(p -> p.type().equals("General"))
                .allMatch(p -> p.text().startsWith("Sequence ") || p.text().startsWith("Running time "));
        assertThat(content).noneMatch(p -> p.text().matches(".*\\[\\d+\\]"));
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** The paragraphs of the script's Content (not the title page's, nor a scene's summary). */
    private static List<Paragraph> content(Document doc) {
        Element content = (Element) doc.getDocumentElement().getElementsByTagName("Content").item(0);
        List<Paragraph> paragraphs = new ArrayList<>();
        NodeList children = content.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element p) {
                Element text = (Element) p.getElementsByTagName("Text").item(p.getElementsByTagName("Text")
                        .getLength() - 1);
                paragraphs.add(new Paragraph(p.getAttribute("Type"), p.getAttribute("Number"), text.getTextContent()));
            }
        }
        return paragraphs;
    }
}
