package nl.perspectief.events.cases.v1;

/** Why a message exchange was put on hold. */
public enum SuspensionReason {
    /** A consent the exchange needs was withdrawn; see the {@link ConsentWithdrawn} just before. */
    CONSENT_WITHDRAWN,
    /** The case was closed while the exchange was open. */
    CASE_CLOSED,
    /** The mediator paused it, for example to protect a party. */
    MEDIATOR_DECISION
}
