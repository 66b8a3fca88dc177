package nl.perspectief.cases.casefile.api;

/** How a case relates to another one, as the desk found at triage. */
public enum LinkType {
    RELATED, DUPLICATE
}
