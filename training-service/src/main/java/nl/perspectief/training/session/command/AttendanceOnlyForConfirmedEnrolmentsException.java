package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Attendance is marked for participants with a place. */
public class AttendanceOnlyForConfirmedEnrolmentsException extends TrainingRuleException {

    AttendanceOnlyForConfirmedEnrolmentsException(UUID sessionId, UUID enrolmentId) {
        super("Session " + sessionId + ": enrolment " + enrolmentId + " has no place");
    }
}
