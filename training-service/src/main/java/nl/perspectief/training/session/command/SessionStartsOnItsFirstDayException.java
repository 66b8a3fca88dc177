package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A session begins on its first day, not before. */
public class SessionStartsOnItsFirstDayException extends TrainingRuleException {

    SessionStartsOnItsFirstDayException(UUID sessionId) {
        super("Session " + sessionId + ": its first day has not come");
    }
}
