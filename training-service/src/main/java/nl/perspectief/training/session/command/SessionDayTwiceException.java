package nl.perspectief.training.session.command;

import java.time.LocalDate;
import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Each day of a session has a date of its own. */
public class SessionDayTwiceException extends TrainingRuleException {

    SessionDayTwiceException(UUID sessionId, LocalDate date) {
        super("Session " + sessionId + " has " + date + " twice");
    }
}
