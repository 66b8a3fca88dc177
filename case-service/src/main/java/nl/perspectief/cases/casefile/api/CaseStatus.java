package nl.perspectief.cases.casefile.api;

/**
 * Where a case stands in its life. The finer steps (approach, preparation, contact) are told by the
 * events and the consents, not by more statuses.
 */
public enum CaseStatus {
    /** Opened from a registration or by the desk; the desk has not decided on scope yet. */
    AWAITING_TRIAGE,
    /** Out of scope, with the desk's reason; nothing more happens on it. */
    DECLINED,
    /** In scope; waits for the desk to assign a mediator. */
    AWAITING_MEDIATOR,
    /** A mediator runs it: conversations, consents, contact. */
    IN_PROGRESS,
    /** Ended with an outcome; only aftercare and notes, until it is reopened. */
    CLOSED
}
