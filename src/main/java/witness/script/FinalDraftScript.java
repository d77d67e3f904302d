package witness.script;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import witness.film.Shot;
import witness.film.Footnotes.Footnote;
import witness.script.ShootingScript.Audio;
import witness.script.ShootingScript.Bite;
import witness.script.ShootingScript.Cue;
import witness.script.ShootingScript.Narration;
import witness.script.ShootingScript.Part;
import witness.script.ShootingScript.Row;
import witness.script.ShootingScript.ScriptScene;
import witness.web.Formats;

/**
 * The shooting script as Final Draft XML (.fdx), streamed paragraph by paragraph: a "Scene Heading" (with
 * its Number) per scene, a "Shot" per shot line, "Action" for what is seen and the archive reference,
 * "Character" / "Parenthetical" / "Dialogue" for bites and narration (the extension " (V.O.)", or " (READ)" for a
 * written testimony an actor reads, written after
 * the name, as Final Draft writes it), "General" for sequence titles, running times, notes and footnotes;
 * the title page last, where Final Draft keeps it. Characters XML 1.0 cannot hold are dropped.
 */
@ApplicationScoped
public class FinalDraftScript extends ScriptFile {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** No media type is registered for Final Draft files; they are XML. */
    FinalDraftScript() {
        super("fdx", "application/xml");
    }

    @Override
    public void write(ShootingScript script, OutputStream out, Progress progress) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(w);
            new Document(xml, script.options()).write(script, () -> {
                xml.flush();
                w.flush();
            }, progress);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the Final Draft script", e);
        }
        w.flush();
    }

    @FunctionalInterface
    private interface Flush {
        void flush() throws XMLStreamException, IOException;
    }

    /** One document being written. */
    private record Document(XMLStreamWriter xml, ScriptOptions options) {

        void write(ShootingScript script, Flush flush, Progress progress) throws XMLStreamException, IOException {
            xml.writeStartElement("FinalDraft");
            xml.writeAttribute("DocumentType", "Script");
            xml.writeAttribute("Template", "No");
            xml.writeAttribute("Version", "5");
            xml.writeStartElement("Content");
            int done = 0, total = script.sceneCount();
            boolean first = true;
            for (Part part : script.sequences()) {
                paragraph("General", "Sequence " + part.sequence().position + ": " + part.sequence().title,
                        first ? null : "Yes", "Bold");
                first = false;
                for (ScriptScene scene : part.scenes()) {
                    scene(scene);
                    flush.flush();
                    progress.scenes(++done, total);
                }
            }
            xml.writeEndElement();
            titlePage(script);
            xml.writeEndElement();
            xml.writeEndDocument();
        }

        private void scene(ScriptScene scene) throws XMLStreamException {
            xml.writeStartElement("Paragraph");
            xml.writeAttribute("Type", "Scene Heading");
            xml.writeAttribute("Number", scene.scene().number());
            String purpose = ScriptText.oneLine(scene.scene().purpose);
            if (!purpose.isEmpty()) {
                xml.writeStartElement("SceneProperties");
                xml.writeAttribute("Title", ScriptText.oneLine(scene.scene().title));
                xml.writeStartElement("Summary");
                paragraph("General", purpose);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            text(ScriptText.heading(scene) + marks(scene.notes()), null);
            xml.writeEndElement();
            paragraph("General", ScriptText.runningTime(scene));
            for (Row row : scene.rows()) {
                row(row);
            }
            for (Footnote note : scene.footnotes()) {
                paragraph("General", note.number() + ". " + ScriptText.plain(note.html()));
            }
        }

        private void row(Row row) throws XMLStreamException {
            Shot shot = row.shot();
            if (shot == null) {
                paragraph("Action", "No picture planned yet.");
            } else {
                paragraph("Shot", ScriptText.shotLine(shot) + marks(row.notes()));
                for (String p : ScriptText.paragraphs(shot.description)) {
                    paragraph("Action", p);
                }
                String source = ScriptText.sourceLine(shot.source);
                if (!source.isEmpty()) {
                    paragraph("Action", source);
                }
            }
            for (Audio audio : row.audio()) {
                audio(audio);
            }
            if (shot != null && options.notes() && shot.notes != null && !shot.notes.isBlank()) {
                paragraph("General", "Note: " + ScriptText.oneLine(shot.notes));
            }
        }

        private void audio(Audio audio) throws XMLStreamException {
            if (audio instanceof Bite bite) {
                String name = ScriptText.oneLine(bite.speaker()).toUpperCase(Locale.ROOT);
                dialogue(bite.sync() ? name : name + " (READ)", bite.at(), bite.testimony().text, bite.notes());
            } else if (audio instanceof Narration narration) {
                dialogue("NARRATOR (V.O.)", "", narration.text(), narration.notes());
            } else if (audio instanceof Cue cue) {
                paragraph("Action", cue.text());
            }
        }

        /** A character, the timecodes or page, the words, and the marks of the footnotes they make claims of. */
        private void dialogue(String character, String at, String words, List<Integer> notes)
                throws XMLStreamException {
            paragraph("Character", character);
            String aside = ScriptText.oneLine(at);
            if (!aside.isEmpty()) {
                paragraph("Parenthetical", "(" + aside + ")");
            }
            List<String> paragraphs = ScriptText.paragraphs(words);
            for (int i = 0; i < paragraphs.size(); i++) {
                paragraph("Dialogue", paragraphs.get(i) + (i == paragraphs.size() - 1 ? marks(notes) : ""));
            }
        }

        /** The film, "Shooting script", broadcaster, version and date, scope, watermark: centred. */
        private void titlePage(ShootingScript script) throws XMLStreamException {
            xml.writeStartElement("TitlePage");
            xml.writeStartElement("Content");
            centred(script.film().title);
            centred("Shooting script");
            centred(script.film().broadcaster);
            centred(script.options().version() + ", " + Formats.human(script.date()));
            centred(script.options().scope() + ", running time " + Formats.duration(script.seconds()));
            centred(script.options().watermark().text());
            xml.writeEndElement();
            xml.writeEndElement();
        }

        private void centred(String text) throws XMLStreamException {
            String line = ScriptText.oneLine(text);
            if (line.isEmpty()) {
                return;
            }
            xml.writeStartElement("Paragraph");
            xml.writeAttribute("Alignment", "Center");
            xml.writeAttribute("Type", "Action");
            text(line, null);
            xml.writeEndElement();
        }

        private void paragraph(String type, String text) throws XMLStreamException {
            paragraph(type, text, null, null);
        }

        private void paragraph(String type, String text, String newPage, String style) throws XMLStreamException {
            xml.writeStartElement("Paragraph");
            if (newPage != null) {
                xml.writeAttribute("StartsNewPage", newPage);
            }
            xml.writeAttribute("Type", type);
            text(text, style);
            xml.writeEndElement();
        }

        private void text(String text, String style) throws XMLStreamException {
            xml.writeStartElement("Text");
            if (style != null) {
                xml.writeAttribute("Style", style);
            }
            xml.writeCharacters(ScriptText.oneLine(text));
            xml.writeEndElement();
        }

        /** " [1] [2]": footnote marks, as Final Draft has no footnotes. */
        private static String marks(List<Integer> numbers) {
            return numbers.stream().map(n -> " [" + n + "]").collect(Collectors.joining());
        }
    }
}
