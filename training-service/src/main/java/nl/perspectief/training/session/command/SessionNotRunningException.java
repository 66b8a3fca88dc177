package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A session is completed after it began. */
public class SessionNotRunningException extends TrainingRuleException {

    SessionNotRunningException(UUID sessionId) {
        super("Session " + sessionId + " has not begun");
    }
}
