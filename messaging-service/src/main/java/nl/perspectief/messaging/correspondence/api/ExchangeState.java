package nl.perspectief.messaging.correspondence.api;

/**
 * The message exchange as case-service last said it was: messages move only while it is {@code OPEN}; while
 * {@code SUSPENDED} (a consent it needs was withdrawn) or {@code CLOSED} (the case closed) everything is frozen.
 */
public enum ExchangeState {
    NOT_OPENED, OPEN, SUSPENDED, CLOSED
}
