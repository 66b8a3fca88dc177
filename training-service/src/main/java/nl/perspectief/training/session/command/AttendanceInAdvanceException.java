package nl.perspectief.training.session.command;

import java.time.LocalDate;
import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Attendance is marked on its day or later, never in advance. */
public class AttendanceInAdvanceException extends TrainingRuleException {

    AttendanceInAdvanceException(UUID sessionId, LocalDate day) {
        super("Session " + sessionId + ": attendance of " + day + " marked before that day");
    }
}
