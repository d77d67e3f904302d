package witness.dossier;

/** One thing wrong in a dossier: which file, which line, which field, and what. */
public record DossierError(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + (field.isEmpty() ? "" : " " + field) + ": " + message;
    }

    /** "/scenes/2/title" → "scenes[2].title", as the error lists show a field. */
    static String fieldOf(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                field.append('[').append(part).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return field.toString();
    }
}
