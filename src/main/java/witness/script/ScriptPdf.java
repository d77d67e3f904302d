package witness.script;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import witness.script.ShootingScript.Part;
import witness.script.ShootingScript.ScriptScene;
import witness.web.MarkedPages;
import witness.web.PageNumbers;
import witness.web.Pdf;

/**
 * script.pdf: the HTML script's template laid out by openhtmltopdf, DejaVu fonts embedded. A long script
 * is laid out a few hundred rows at a time into one document kept in temporary files, so memory does not
 * grow with the film; the pages are numbered when all are made. An issued draft's changed rows carry an
 * asterisk in the right margin, and the pages that hold one its revision in their header; the revised pages
 * alone when the draft asks for them.
 */
@ApplicationScoped
public class ScriptPdf extends ScriptFile {
    /** Rows laid out at once: about 30 pages. */
    static final int ROWS_PER_CHUNK = 300;
    /** The template's right page margin and its revision marks' column (th.margin, td.margin). */
    private static final float TEXT_EDGE_MM = 14;
    private static final float MARGIN_MM = 5;
    private static final String MARK = "*";

    ScriptPdf() {
        super("pdf", "application/pdf");
    }

    @Override
    public void write(ShootingScript script, OutputStream out, Progress progress) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Pdf.Fonts fonts = Pdf.Fonts.of(document);
            int total = script.sceneCount();
            int done = 0;
            boolean first = true;
            for (Chunk chunk : chunks(script.sequences())) {
                String xhtml = ScriptResource.Templates.script(script, chunk.parts(), first, chunk.continued(), true)
                        .render();
                Pdf.append(xhtml, document, fonts);
                first = false;
                done += chunk.scenes();
                progress.scenes(done, total);
            }
            if (first) {
                Pdf.append(ScriptResource.Templates.script(script, List.of(), true, false, true).render(), document,
                        fonts);
            }
            BitSet revised = revisedPages(script, document, fonts);
            PageNumbers.stamp(document, script.film().title + " \u2014 shooting script, " + script.options().version(),
                    fonts.regular());
            if (script.revision() != null && script.revision().revisedPagesOnly()) {
                keepOnly(document, revised);
            }
            document.save(out);
        }
    }

    /**
     * The pages with a revision's asterisk in their margin column (the template's, {@link #MARGIN_MM} wide at the
     * right edge of the text), each headed with the revision's colour and date.
     */
    private static BitSet revisedPages(ShootingScript script, PDDocument document, Pdf.Fonts fonts)
            throws IOException {
        if (!ScriptText.revisionMarks(script)) {
            return new BitSet();
        }
        float right = document.getPage(0).getMediaBox().getUpperRightX() - points(TEXT_EDGE_MM);
        BitSet revised = MarkedPages.of(document, right - points(MARGIN_MM) - 1, right, fonts.regular(), MARK);
        for (int page = revised.nextSetBit(0); page >= 0; page = revised.nextSetBit(page + 1)) {
            PageNumbers.header(document, page, script.revision().mark(), fonts.bold());
        }
        return revised;
    }

    /** The title page and the revised pages, for the crew to slip into their copies; numbered as in the whole. */
    private static void keepOnly(PDDocument document, BitSet revised) {
        for (int page = document.getNumberOfPages() - 1; page > 0; page--) {
            if (!revised.get(page)) {
                document.removePage(page);
            }
        }
    }

    private static float points(float mm) {
        return mm / 25.4f * 72;
    }

    /** Parts laid out together; continued: the first goes on with a sequence begun in the chunk before. */
    record Chunk(List<Part> parts, boolean continued) {
        int scenes() {
            return parts.stream().mapToInt(p -> p.scenes().size()).sum();
        }
    }

    /** Whole scenes, at most about {@link #ROWS_PER_CHUNK} rows a chunk (a longer scene is a chunk of its own). */
    static List<Chunk> chunks(List<Part> sequences) {
        List<Chunk> chunks = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        boolean continued = false;
        int rows = 0;
        for (Part sequence : sequences) {
            List<ScriptScene> scenes = new ArrayList<>();
            for (ScriptScene scene : sequence.scenes()) {
                if (rows > 0 && rows + scene.rows().size() > ROWS_PER_CHUNK) {
                    if (!scenes.isEmpty()) {
                        parts.add(new Part(sequence.sequence(), scenes, sequence.omitted()));
                    }
                    chunks.add(new Chunk(parts, continued));
                    continued = !scenes.isEmpty();
                    parts = new ArrayList<>();
                    scenes = new ArrayList<>();
                    rows = 0;
                }
                scenes.add(scene);
                rows += Math.max(1, scene.rows().size());
            }
            parts.add(new Part(sequence.sequence(), scenes, sequence.omitted()));
        }
        if (!parts.isEmpty()) {
            chunks.add(new Chunk(parts, continued));
        }
        return chunks;
    }
}
