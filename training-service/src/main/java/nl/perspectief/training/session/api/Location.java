package nl.perspectief.training.session.api;

/**
 * Where a session is held.
 *
 * @param description the address, the prison's name, or how to join online
 */
public record Location(LocationKind kind, String description) {
}
