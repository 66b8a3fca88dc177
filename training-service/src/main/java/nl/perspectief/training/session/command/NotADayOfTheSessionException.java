package nl.perspectief.training.session.command;

import java.time.LocalDate;
import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Attendance is marked for a day of the session. */
public class NotADayOfTheSessionException extends TrainingRuleException {

    NotADayOfTheSessionException(UUID sessionId, LocalDate day) {
        super("Session " + sessionId + " is not held on " + day);
    }
}
