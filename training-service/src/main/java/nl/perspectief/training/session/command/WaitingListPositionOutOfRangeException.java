package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A new position on the waiting list is one of its positions. */
public class WaitingListPositionOutOfRangeException extends TrainingRuleException {

    WaitingListPositionOutOfRangeException(UUID sessionId, int position, int waiting) {
        super("Session " + sessionId + ": position " + position + " is not between 1 and " + waiting);
    }
}
