package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A session has at least one place. */
public class CapacityMustBePositiveException extends TrainingRuleException {

    CapacityMustBePositiveException(UUID sessionId, int capacity) {
        super("Session " + sessionId + ": capacity " + capacity + " is not more than zero");
    }
}
