package nl.perspectief.cases.casefile.api;

/** How a consent was given, as the mediator recorded it. */
public enum ConsentMethod {
    SPOKEN, WRITTEN, THROUGH_REFERRER
}
