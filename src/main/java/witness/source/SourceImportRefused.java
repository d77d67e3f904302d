package witness.source;

/** A Zotero export that cannot be imported, with what is wrong and where (item, entry or line). */
public class SourceImportRefused extends RuntimeException {
    public SourceImportRefused(String message) {
        super(message);
    }
}
