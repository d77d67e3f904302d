package witness.web;

import java.util.Set;

/** What an uploaded file is, by its first bytes rather than by its name or the type the browser claims. */
public final class FileTypes {
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    public static final String MP4 = "video/mp4";
    public static final String M4A = "audio/mp4";
    public static final String WEBM = "video/webm";
    public static final String MP3 = "audio/mpeg";

    private FileTypes() {
    }

    /** The type of the file among those accepted, or null when it is none of them. */
    public static String of(byte[] head, Set<String> accepted) {
        String type = sniff(head);
        return accepted.contains(type) ? type : null;
    }

    private static String sniff(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return WEBP;
        }
        return media(head);
    }

    /** MP4 and M4A by their ftyp box and its brand, WebM by its EBML header and doc type, MP3 by ID3 or a frame. */
    private static String media(byte[] head) {
        if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            return brand.startsWith("M4A") || brand.startsWith("M4B") ? M4A : MP4;
        }
        if (startsWith(head, 0x1A, 0x45, 0xDF, 0xA3)) {
            String header = new String(head, 0, Math.min(head.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1);
            return header.contains("webm") ? WEBM : "";
        }
        // An MPEG audio frame: eleven set sync bits, then Layer III (01 in bits 2-1 of the second byte).
        boolean frame = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE6) == 0xE2;
        return startsWith(head, 'I', 'D', '3') || frame ? MP3 : "";
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
