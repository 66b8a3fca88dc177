package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A session is completed after its last day ended. */
public class SessionNotOverYetException extends TrainingRuleException {

    SessionNotOverYetException(UUID sessionId) {
        super("Session " + sessionId + ": its last day has not ended");
    }
}
