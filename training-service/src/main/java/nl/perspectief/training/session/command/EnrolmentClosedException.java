package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Enrolment is taken only while its window is open and before the session begins. */
public class EnrolmentClosedException extends TrainingRuleException {

    EnrolmentClosedException(UUID sessionId) {
        super("Session " + sessionId + " takes no enrolment now");
    }
}
