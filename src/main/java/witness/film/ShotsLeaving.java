package witness.film;

import java.util.List;

/**
 * Shots about to be deleted, shown (a CDI event, observed synchronously in the deleting transaction) to the features
 * that plan them — the shoot days — so that they let go of them first, item by item for the audit history. The film
 * package names none of those features.
 */
public record ShotsLeaving(List<Shot> shots) {
}
