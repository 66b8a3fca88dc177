package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The participant (or staff for them) takes the place offered; accepting the same offer again changes nothing. */
public record AcceptPlaceOfferCommand(@TargetAggregateIdentifier UUID sessionId, UUID enrolmentId, UUID offerId,
                                      Actor by, Instant at) {
}
