package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Only the open offer of a place can be taken, before it expires; an expired or superseded one cannot. */
public class PlaceOfferExpiredException extends TrainingRuleException {

    PlaceOfferExpiredException(UUID sessionId, UUID enrolmentId, UUID offerId) {
        super("Session " + sessionId + ": offer " + offerId + " to enrolment " + enrolmentId + " is not open");
    }
}
