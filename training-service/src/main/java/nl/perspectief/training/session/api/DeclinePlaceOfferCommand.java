package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The participant (or staff for them) declines the place offered; it goes to the next on the waiting list. */
public record DeclinePlaceOfferCommand(@TargetAggregateIdentifier UUID sessionId, UUID enrolmentId, UUID offerId,
                                       Actor by, Instant at) {
}
