package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Nothing more happens in a cancelled session. */
public class SessionCancelledException extends TrainingRuleException {

    SessionCancelledException(UUID sessionId) {
        super("Session " + sessionId + " is cancelled");
    }
}
