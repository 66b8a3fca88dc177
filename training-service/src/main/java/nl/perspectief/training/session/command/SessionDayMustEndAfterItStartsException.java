package nl.perspectief.training.session.command;

import java.time.LocalDate;
import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A day of a session starts before it ends. */
public class SessionDayMustEndAfterItStartsException extends TrainingRuleException {

    SessionDayMustEndAfterItStartsException(UUID sessionId, LocalDate date) {
        super("Session " + sessionId + ": " + date + " does not start before it ends");
    }
}
