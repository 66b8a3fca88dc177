package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;
import nl.perspectief.messaging.correspondence.api.ExchangeState;

/**
 * Nothing moves unless case-service says the exchange is open: before it opens, while it is suspended (a consent
 * withdrawn) and after it closed, every message is frozen where it stands.
 */
public class ExchangeNotOpenException extends CorrespondenceRuleException {

    private final ExchangeState state;

    ExchangeNotOpenException(UUID caseId, ExchangeState state) {
        super("Case " + caseId + ": the message exchange is " + state + ", so nothing moves");
        this.state = state;
    }

    /** Why nothing moves: not opened yet, suspended (a consent withdrawn) or closed. */
    public ExchangeState state() {
        return state;
    }
}
