package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Steps name enrolments of this session only. */
public class UnknownEnrolmentException extends TrainingRuleException {

    UnknownEnrolmentException(UUID sessionId, UUID enrolmentId) {
        super("Session " + sessionId + " has no enrolment " + enrolmentId);
    }
}
