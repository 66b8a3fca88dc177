package nl.perspectief.messaging.correspondence.api;

/** How a version of a message came to be. */
public enum VersionOrigin {
    /** The first, recorded by the mediator on behalf of its writer. */
    RECORDED,
    /** The writer's new text after the message was returned. */
    REVISED,
    /** The mediator's redaction of a passage, with the writer's agreement. */
    REDACTED
}
