package witness.web;

import java.io.IOException;
import java.io.Writer;
import java.util.BitSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The pages of a laid-out document that print a mark (a revision's asterisk) in a strip along the right edge of
 * their text: only the layout knows which page a row falls on. The mark is found by its glyph, not by its text:
 * before the document is saved its fonts are not yet subset and carry no map back to Unicode. The page's other
 * text must keep out of the strip (the template gives it a right margin as wide).
 */
public final class MarkedPages extends PDFTextStripper {
    private final float left;
    private final float right;
    private final int mark;
    private final BitSet pages = new BitSet();

    private MarkedPages(float left, float right, int mark) {
        this.left = left;
        this.right = right;
        this.mark = mark;
    }

    /**
     * The indexes of the pages after the first (a title page) that print the mark in the font between left and
     * right (points from the page's left edge).
     */
    public static BitSet of(PDDocument document, float left, float right, PDFont font, String mark)
            throws IOException {
        MarkedPages finder = new MarkedPages(left, right, code(font.encode(mark)));
        finder.setStartPage(2);
        finder.writeText(document, Writer.nullWriter());
        return finder.pages;
    }

    private static int code(byte[] bytes) {
        int code = 0;
        for (byte b : bytes) {
            code = code << 8 | (b & 0xff);
        }
        return code;
    }

    @Override
    protected void showGlyph(Matrix glyph, PDFont font, int code, Vector displacement) {
        float x = glyph.getTranslateX();
        if (code == mark && x >= left && x <= right) {
            pages.set(getCurrentPageNo() - 1);
        }
    }
}
