package nl.perspectief.training.session.api;

/** How a confirmed participant came out of a completed session, by its completion rule. */
public enum CompletionOutcome {
    COMPLETED, NOT_COMPLETED
}
