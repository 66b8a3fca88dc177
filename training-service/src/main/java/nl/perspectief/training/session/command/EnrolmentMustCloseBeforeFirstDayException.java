package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Enrolment closes before the first day starts, so the list is known when the session begins. */
public class EnrolmentMustCloseBeforeFirstDayException extends TrainingRuleException {

    EnrolmentMustCloseBeforeFirstDayException(UUID sessionId) {
        super("Session " + sessionId + ": enrolment closes after the first day starts");
    }
}
