package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** One enrolment per person per session; a cancelled one may enrol again. */
public class AlreadyEnrolledException extends TrainingRuleException {

    AlreadyEnrolledException(UUID sessionId) {
        super("Session " + sessionId + ": this person is enrolled already");
    }
}
