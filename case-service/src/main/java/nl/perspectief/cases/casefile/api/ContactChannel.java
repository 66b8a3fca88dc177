package nl.perspectief.cases.casefile.api;

/**
 * How the applicant wants to be reached.
 * The case's own word for it, with the names of intake's contract of the same name: stored events read back
 * unchanged, and a change of intake's contract reaches the case only through the consumer's mapping.
 */
public enum ContactChannel {
    EMAIL, PHONE, POST
}
