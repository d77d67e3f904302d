package witness.core;

/**
 * Fired at each start while this instance holds the start lock ({@link StartLock}): what the first start of an
 * installation makes (the dossier's film, the first producer) is made by its observers, each in a transaction of its
 * own, and no other instance starting meanwhile makes it too.
 */
public record Starting() {
}
