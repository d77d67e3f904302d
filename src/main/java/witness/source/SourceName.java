package witness.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** An author, editor or translator of a source, as CSL names them. */
@Embeddable
public class SourceName {
    public static final String AUTHOR = "author", EDITOR = "editor", TRANSLATOR = "translator";

    @Size(max = 20) @Column(name = "name_role", nullable = false, length = 20) public String role;
    @Size(max = 200) @Column(length = 200) public String family;
    @Size(max = 200) @Column(length = 200) public String given;
    @Size(max = 300) @Column(length = 300) public String literal;

    public SourceName() {
    }

    public SourceName(String role, String family, String given, String literal) {
        this.role = role;
        this.family = family;
        this.given = given;
        this.literal = literal;
    }

    public String display() {
        if (literal != null) {
            return literal;
        }
        return given == null ? family : given + " " + family;
    }

    /** "Family, Given" or the literal name: how a form shows a name, one per line. */
    public String line() {
        if (literal != null) {
            return literal;
        }
        return given == null ? family : family + ", " + given;
    }
}
