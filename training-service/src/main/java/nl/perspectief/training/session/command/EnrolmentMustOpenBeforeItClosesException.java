package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** The enrolment window opens before it closes. */
public class EnrolmentMustOpenBeforeItClosesException extends TrainingRuleException {

    EnrolmentMustOpenBeforeItClosesException(UUID sessionId) {
        super("Session " + sessionId + ": enrolment does not open before it closes");
    }
}
