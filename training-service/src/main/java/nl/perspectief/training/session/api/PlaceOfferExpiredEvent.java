package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An offered place was not taken in time: the enrolment ends, and the place goes to the next waiting.
 *
 * @param at when the offer expired (its {@code expiresAt})
 */
public record PlaceOfferExpiredEvent(UUID sessionId, UUID enrolmentId, UUID participantId, UUID offerId, Instant at)
        implements SessionEvent {
}
