package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

/** An offered place was declined: the enrolment ends, and the place goes to the next waiting. */
public record PlaceOfferDeclinedEvent(UUID sessionId, UUID enrolmentId, UUID participantId, UUID offerId, Actor by,
                                      Instant at) implements SessionEvent {
}
