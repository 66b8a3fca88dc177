package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Everyone enrolled is told why a session is called off. */
public class CancellationNeedsAReasonException extends TrainingRuleException {

    CancellationNeedsAReasonException(UUID sessionId) {
        super("Session " + sessionId + ": cancelling needs a reason");
    }
}
