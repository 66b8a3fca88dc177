package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A session has at least one trainer. */
public class SessionNeedsATrainerException extends TrainingRuleException {

    SessionNeedsATrainerException(UUID sessionId) {
        super("Session " + sessionId + " has no trainer");
    }
}
