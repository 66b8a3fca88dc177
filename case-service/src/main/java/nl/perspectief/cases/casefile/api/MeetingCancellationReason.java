package nl.perspectief.cases.casefile.api;

/** Why a meeting will not take place; the first two are set by the case itself, in the same command. */
public enum MeetingCancellationReason {
    CONSENT_WITHDRAWN, CASE_CLOSED, REQUESTED_BY_PARTY, MEDIATOR_UNAVAILABLE, OTHER
}
