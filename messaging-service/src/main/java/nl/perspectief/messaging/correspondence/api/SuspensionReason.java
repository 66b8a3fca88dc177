package nl.perspectief.messaging.correspondence.api;

/** Why case-service put the exchange on hold, so the mediator sees why nothing moves. */
public enum SuspensionReason {
    /** A consent the exchange needs was withdrawn. */
    CONSENT_WITHDRAWN,
    /** The case was closed while the exchange ran. */
    CASE_CLOSED,
    /** The mediator paused it in case-service, for example to protect a party. */
    MEDIATOR_DECISION
}
