package witness.web;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * "Page 3 of 41" and a running title at the foot of every page but the first, written onto a finished
 * document: a document made of parts ({@link Pdf#append}) only knows its page count at the end. Also a header
 * on the pages that need one (the revision of a page that changed).
 */
public final class PageNumbers {
    private static final float SIZE = 7.5f;
    private static final float MARGIN = 14 / 25.4f * 72;
    private static final float BASELINE = 9 / 25.4f * 72;
    private static final float HEADER = 9 / 25.4f * 72;

    private PageNumbers() {
    }

    public static void stamp(PDDocument document, String title, PDFont font) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 1; i < pages; i++) {
            PDPage page = document.getPage(i);
            PDRectangle box = page.getMediaBox();
            String number = "Page " + (i + 1) + " of " + pages;
            float width = font.getStringWidth(number) / 1000 * SIZE;
            try (PDPageContentStream text = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                text.setNonStrokingColor(0.33f);
                write(text, font, title, box.getLowerLeftX() + MARGIN, BASELINE);
                write(text, font, number, box.getUpperRightX() - MARGIN - width, BASELINE);
            }
        }
    }

    /** Words at the top right of a page, such as the revision a changed page belongs to. */
    public static void header(PDDocument document, int index, String words, PDFont font) throws IOException {
        PDPage page = document.getPage(index);
        PDRectangle box = page.getMediaBox();
        String printed = printable(font, words);
        float width = font.getStringWidth(printed) / 1000 * SIZE;
        try (PDPageContentStream text = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
            text.setNonStrokingColor(0f);
            write(text, font, printed, box.getUpperRightX() - MARGIN - width, box.getUpperRightY() - HEADER);
        }
    }

    /** The text without the characters the font has no glyph for (a title in Chinese prints what it can). */
    static String printable(PDFont font, String words) {
        StringBuilder kept = new StringBuilder();
        words.codePoints().forEach(c -> {
            String ch = Character.toString(c);
            try {
                font.encode(ch);
                kept.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                kept.append('?');
            }
        });
        return kept.toString();
    }

    private static void write(PDPageContentStream text, PDFont font, String words, float x, float y)
            throws IOException {
        text.beginText();
        text.setFont(font, SIZE);
        text.newLineAtOffset(x, y);
        text.showText(printable(font, words));
        text.endText();
    }
}
