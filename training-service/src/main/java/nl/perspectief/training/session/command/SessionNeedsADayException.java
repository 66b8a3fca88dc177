package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A session is held on one day or more. */
public class SessionNeedsADayException extends TrainingRuleException {

    SessionNeedsADayException(UUID sessionId) {
        super("Session " + sessionId + " has no day");
    }
}
