package nl.perspectief.cases.casefile.api;

/**
 * The steps of the parties' correspondence that messaging-service reports and the case's timeline shows among its
 * own; the names are the timeline's step codes ({@link CaseTimelineView.Entry#type()}).
 */
public enum CorrespondenceStep {
    /** A message reached the party it was for. */
    MESSAGE_DELIVERED,
    /** The party confirmed receiving it. */
    RECEIPT_CONFIRMED
}
