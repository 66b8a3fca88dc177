package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Only an enrolment on the waiting list moves on it. */
public class EnrolmentNotWaitingException extends TrainingRuleException {

    EnrolmentNotWaitingException(UUID sessionId, UUID enrolmentId) {
        super("Session " + sessionId + ": enrolment " + enrolmentId + " is not on the waiting list");
    }
}
