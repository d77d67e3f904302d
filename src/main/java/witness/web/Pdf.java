package witness.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDF from the XHTML a Qute template renders, with DejaVu fonts embedded (subset) so that
 * accents (Séjourné, Années) and Cyrillic names print as written on any machine. The fonts come
 * from a jar on the classpath, never from the machine. Templates name {@link #FONT} in their CSS;
 * regular, bold, italic and bold italic are there.
 *
 * <p>The template must render well-formed XHTML (Qute's escaping keeps user text so); characters
 * XML 1.0 cannot hold (control characters pasted into a description) are dropped first, so that
 * odd user text never makes the PDF fail.
 */
public final class Pdf {
    /** The family templates name in their CSS. */
    public static final String FONT = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private Pdf() {
    }

    /** The PDF of an XHTML page; relative links and images resolve against baseUri (may be null). */
    public static byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(xhtml, baseUri, out);
        return out.toByteArray();
    }

    /** Writes the PDF of an XHTML page to out (which is left open). */
    public static void write(String xhtml, String baseUri, OutputStream out) {
        PdfRendererBuilder builder = builder(xhtml, baseUri);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the pages of an XHTML page to a document that stays open: a long document made page by page
     * of smaller parts, so that only one part's layout is in memory at a time. The parts share the
     * document's fonts (loading them for each part would keep a copy per part until the document is saved).
     * Each part counts its own pages; number the pages of the whole afterwards ({@link PageNumbers}).
     */
    public static void append(String xhtml, PDDocument document, Fonts fonts) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(new PDFontSupplier(fonts.regular), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(fonts.bold), FONT, 700, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(fonts.italic), FONT, 400, FontStyle.ITALIC, true);
        builder.useFont(new PDFontSupplier(fonts.boldItalic), FONT, 700, FontStyle.ITALIC, true);
        builder.withHtmlContent(xmlSafe(xhtml), null);
        builder.usePDDocument(document);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four faces, loaded once into a document (embedded as subsets when it is saved). */
    public record Fonts(PDFont regular, PDFont bold, PDFont italic, PDFont boldItalic) {
        public static Fonts of(PDDocument document) throws IOException {
            return new Fonts(load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"),
                    load(document, "DejaVuSans-Oblique.ttf"), load(document, "DejaVuSans-BoldOblique.ttf"));
        }

        private static PDFont load(PDDocument document, String file) throws IOException {
            try (InputStream in = fontFile(file)) {
                return PDType0Font.load(document, in);
            }
        }
    }

    private static PdfRendererBuilder builder(String xhtml, String baseUri) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
        builder.withHtmlContent(xmlSafe(xhtml), baseUri);
        return builder;
    }

    /** Writes the PDF of an XHTML page with no base URI. */
    public static void write(String xhtml, OutputStream out) {
        write(xhtml, null, out);
    }

    static String xmlSafe(String xhtml) {
        return XmlText.safe(xhtml);
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> fontFile(file), FONT, weight, style, true);
    }

    private static InputStream fontFile(String file) {
        InputStream in = Pdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font " + FONTS + file + " is not on the classpath");
        }
        return in;
    }
}
