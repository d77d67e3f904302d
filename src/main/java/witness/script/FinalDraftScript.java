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
 * the title page last, where Final Draft keeps it. Characters XML 1.0 cannot hold are dropped. What was deleted
 * while the numbers were locked keeps its number as OMITTED (a scene heading with its Number and the text
 * "OMITTED"); an issued draft declares its revision in a Revisions element and marks the changed paragraphs' Text
 * with its RevisionID.
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
            new Document(xml, script).write(() -> {
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

    /** One document being written; revision: the ID that marks the paragraphs being written as changed, or null. */
    private static final class Document {
        private final XMLStreamWriter xml;
        private final ShootingScript script;
        private final ScriptOptions options;
        private final String changedId;
        private String revision;

        Document(XMLStreamWriter xml, ShootingScript script) {
            this.xml = xml;
            this.script = script;
            this.options = script.options();
            this.changedId = ScriptText.revisionMarks(script) ? String.valueOf(script.revision().number()) : null;
        }

        void write(Flush flush, Progress progress) throws XMLStreamException, IOException {
            xml.writeStartElement("FinalDraft");
            xml.writeAttribute("DocumentType", "Script");
            xml.writeAttribute("Template", "No");
            xml.writeAttribute("Version", "5");
            xml.writeStartElement("Content");
            int done = 0, total = script.sceneCount();
            boolean first = true;
            for (Part part : script.sequences()) {
                paragraph("General", "Sequence " + part.sequence().number() + ": "
                        + (part.omitted() ? "OMITTED" : part.sequence().title), first ? null : "Yes", "Bold");
                first = false;
                for (ScriptScene scene : part.scenes()) {
                    scene(scene);
                    flush.flush();
                    progress.scenes(++done, total);
                }
            }
            xml.writeEndElement();
            titlePage();
            revisions();
            xml.writeEndElement();
            xml.writeEndDocument();
        }

        private void scene(ScriptScene scene) throws XMLStreamException {
            revision = script.revised(scene) ? changedId : null;
            xml.writeStartElement("Paragraph");
            xml.writeAttribute("Type", "Scene Heading");
            xml.writeAttribute("Number", scene.scene().number());
            if (scene.omitted()) {
                text("OMITTED", null);
                xml.writeEndElement();
                revision = null;
                return;
            }
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
            revision = null;
            paragraph("General", ScriptText.runningTime(scene));
            for (int i = 0; i < scene.rows().size(); i++) {
                revision = script.revised(scene, i) ? changedId : null;
                row(scene.rows().get(i));
            }
            revision = null;
            for (Footnote note : scene.footnotes()) {
                paragraph("General", note.number() + ". " + ScriptText.plain(note.html()));
            }
        }

        private void row(Row row) throws XMLStreamException {
            Shot shot = row.shot();
            if (row.omitted()) {
                paragraph("Action", ScriptText.omitted(shot.number()));
                return;
            }
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

        /**
         * The film, "Shooting script", broadcaster, the credits, version and date, the draft's revision, scope,
         * watermark and contacts: centred.
         */
        private void titlePage() throws XMLStreamException {
            var film = script.film();
            xml.writeStartElement("TitlePage");
            xml.writeStartElement("Content");
            centred(film.title);
            centred("Shooting script");
            centred(film.broadcaster);
            credit("Written by ", film.writer);
            credit("Production company: ", film.productionCompany);
            credit("Producer: ", film.producer);
            credit("Director: ", film.director);
            centred(script.options().version() + ", " + Formats.human(script.date()));
            if (script.revision() != null) {
                centred(ScriptText.issued(script.revision()));
            }
            centred(script.options().scope() + ", running time " + Formats.duration(script.seconds()));
            centred(script.options().watermark().text());
            for (String line : ScriptText.lines(film.contacts)) {
                centred(line);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }

        private void credit(String role, String name) throws XMLStreamException {
            if (!ScriptText.oneLine(name).isEmpty()) {
                centred(role + name);
            }
        }

        /**
         * The revision set whose mark ("*") Final Draft shows beside the changed paragraphs (their Text's
         * RevisionID), with the colour of its pages.
         */
        private void revisions() throws XMLStreamException {
            if (changedId == null) {
                return;
            }
            String paper = RevisionColour.hex(script.revision().number());
            xml.writeStartElement("Revisions");
            xml.writeAttribute("ActiveSet", changedId);
            xml.writeAttribute("Location", "7.75");
            xml.writeAttribute("RevisionMode", "OffRevisionMode");
            xml.writeAttribute("RevisionsShown", "Active");
            xml.writeAttribute("ShowAllMarks", "No");
            xml.writeAttribute("ShowAllSets", "No");
            xml.writeEmptyElement("Revision");
            xml.writeAttribute("Color", ink(paper));
            xml.writeAttribute("FullRevision", "No");
            xml.writeAttribute("ID", changedId);
            xml.writeAttribute("Mark", "*");
            xml.writeAttribute("Name", ScriptText.oneLine(script.revision().colour()) + " Rev.");
            xml.writeAttribute("PageColor", paper);
            xml.writeAttribute("Style", "");
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
            if (revision != null) {
                xml.writeAttribute("RevisionID", revision);
            }
            if (style != null) {
                xml.writeAttribute("Style", style);
            }
            xml.writeCharacters(ScriptText.oneLine(text));
            xml.writeEndElement();
        }

        /** The colour a revision's changed text is written in: its paper's colour, darkened to be read on white. */
        private static String ink(String paper) {
            int rgb = Integer.parseInt(paper.substring(1), 16);
            int r = (rgb >> 16 & 0xff) / 2, g = (rgb >> 8 & 0xff) / 2, b = (rgb & 0xff) / 2;
            return String.format("#%02X%02X%02X", r, g, b);
        }

        /** " [1] [2]": footnote marks, as Final Draft has no footnotes. */
        private static String marks(List<Integer> numbers) {
            return numbers.stream().map(n -> " [" + n + "]").collect(Collectors.joining());
        }
    }
}
