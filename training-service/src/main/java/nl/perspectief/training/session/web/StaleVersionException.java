package nl.perspectief.training.session.web;

import java.util.UUID;

/** The session moved on since the version the step was asked for against: nothing is done (409). */
class StaleVersionException extends RuntimeException {

    private final long current;
    private final long expected;

    StaleVersionException(UUID sessionId, long current, long expected) {
        super("Session " + sessionId + " is at version " + current + ", not " + expected);
        this.current = current;
        this.expected = expected;
    }

    long current() {
        return current;
    }

    long expected() {
        return expected;
    }
}
