package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Nothing more changes in a completed session but its certificates. */
public class SessionCompletedException extends TrainingRuleException {

    SessionCompletedException(UUID sessionId) {
        super("Session " + sessionId + " is completed");
    }
}
