package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A freed place is held for some time before it passes to the next on the list. */
public class OfferValidityMustBePositiveException extends TrainingRuleException {

    OfferValidityMustBePositiveException(UUID sessionId) {
        super("Session " + sessionId + ": a place offer would hold for no time");
    }
}
