package witness.web;

import java.util.regex.Pattern;

/** User text made fit for an XML document (XHTML for PDFs, Final Draft files). */
public final class XmlText {
    /** What XML 1.0 does not allow: C0 controls other than tab and line ends, lone surrogates, U+FFFE/FFFF. */
    private static final Pattern NOT_XML = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    private XmlText() {
    }

    /** The text without the characters XML 1.0 cannot hold (control characters pasted into a description). */
    public static String safe(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
    }
}
