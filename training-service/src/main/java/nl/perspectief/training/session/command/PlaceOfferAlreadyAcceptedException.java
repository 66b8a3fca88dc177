package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A place offer that was taken cannot be declined: cancelling the enrolment frees the place. */
public class PlaceOfferAlreadyAcceptedException extends TrainingRuleException {

    PlaceOfferAlreadyAcceptedException(UUID sessionId, UUID enrolmentId, UUID offerId) {
        super("Session " + sessionId + ": offer " + offerId + " to enrolment " + enrolmentId + " was accepted");
    }
}
