package witness.film;

import java.util.List;

/**
 * Scenes about to be deleted, shown (a CDI event, observed synchronously in the deleting transaction) to the
 * features whose items link to them — the research log's entries — so that each lets go of them item by item, for
 * the audit history. The film package names none of those features.
 */
public record ScenesLeaving(List<Scene> scenes) {
}
