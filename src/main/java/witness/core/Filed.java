package witness.core;

/**
 * The checks of an item as a dossier file holds it (a Bean Validation group): every item has its key, and what is
 * not the item's own (the version read, personal data) is never in a file.
 */
public interface Filed {
}
