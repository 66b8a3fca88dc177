package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Moving someone on the waiting list passes over others, so the reason is kept. */
public class ReorderNeedsAReasonException extends TrainingRuleException {

    ReorderNeedsAReasonException(UUID sessionId, UUID enrolmentId) {
        super("Session " + sessionId + ": moving enrolment " + enrolmentId + " needs a reason");
    }
}
