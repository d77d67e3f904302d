package witness.web;

import java.util.Set;

/** What an uploaded file is, by its first bytes rather than by its name or the type the browser claims. */
public final class FileTypes {
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

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
        return "";
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
