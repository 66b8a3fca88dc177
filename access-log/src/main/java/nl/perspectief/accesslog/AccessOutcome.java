package nl.perspectief.accesslog;

/** How an attempt to read ended. Stored by name in {@code access_log.outcome}. */
public enum AccessOutcome {
    /** Allowed: the data was (or is about to be) read. */
    ALLOWED,
    /** No such case, or one the actor may not know of, which answers the same. */
    NOT_FOUND,
    /** Refused for the actor's role or assignment. */
    FORBIDDEN,
    /** Refused because the request itself was invalid. */
    REJECTED
}
